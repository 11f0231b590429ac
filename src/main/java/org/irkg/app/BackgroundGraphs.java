package org.irkg.app;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.irkg.doc.Ids;
import org.irkg.pipeline.Extractor;
import org.irkg.rdf.GazetteerMapper;
import org.irkg.store.Tdb2Store;

/** The store's background: the gazetteer's graph and the ontology's, written from the extractor's resources. */
final class BackgroundGraphs {
  private BackgroundGraphs() {}

  /**
   * Rewrites the gazetteer and ontology graphs when they changed (checked by a hash), in one
   * transaction: written apart, a process killed between the two left the hash of the new
   * background with no ontology graph, and no later ingest wrote it.
   */
  static void refresh(Extractor extractor, Tdb2Store store) {
    String hash = extractor.fingerprint();
    if (hash.equals(store.backgroundHash()) && store.hasGraph(Ids.ONTOLOGY_GRAPH)) {
      return;
    }
    Graph ontology = GraphFactory.createDefaultGraph();
    try (InputStream in = BackgroundGraphs.class.getResourceAsStream("/irkg/ontology/irkg.ttl")) {
      if (in == null) {
        throw new IllegalStateException("the ontology irkg.ttl is missing from the classpath");
      }
      RDFDataMgr.read(ontology, in, Lang.TURTLE);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read the ontology: " + e.getMessage(), e);
    }
    Node og = NodeFactory.createURI(Ids.ONTOLOGY_GRAPH);
    store.replaceGraphs(List.of(Ids.GAZETTEER_GRAPH, Ids.ONTOLOGY_GRAPH), sink -> {
      GazetteerMapper.write(extractor.gazetteer(), sink);
      ontology.find().forEachRemaining(t -> sink.quad(Quad.create(og, t)));
      GazetteerMapper.writeHash(hash, sink);
    });
  }
}
