package org.irkg.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.rdf.Vocab;

/** A store written out with Jena's writers (inside the caller's read transaction), the claims graph left out. */
final class StoreExport {
  private StoreExport() {}

  static void write(DatasetGraph dsg, OutputStream out, String format) {
    switch (format) {
      case "nq" -> {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        w.start();
        exported(dsg).forEachRemaining(w::quad);
        w.finish();
      }
      case "trig" -> RDFDataMgr.write(out, copy(dsg), RDFFormat.TRIG_BLOCKS);
      case "jsonld" -> RDFDataMgr.write(out, copy(dsg), RDFFormat.JSONLD11);
      case "ttl" -> {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        exported(dsg).forEachRemaining(q -> {
          if (!q.getGraph().getURI().equals(Ids.ONTOLOGY_GRAPH)) {
            m.getGraph().add(q.asTriple());
          }
        });
        RDFDataMgr.write(out, m, RDFFormat.TURTLE_BLOCKS);
      }
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
  }

  /** The exported quads in memory, with the project's prefixes, for the writers that need the whole dataset. */
  private static DatasetGraph copy(DatasetGraph dsg) {
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    exported(dsg).forEachRemaining(copy::add);
    copy.prefixes().putAll(Vocab.prefixes());
    return copy;
  }

  /** The quads to export, a graph after another (so that a load can commit whole graphs as it reads). */
  private static Iterator<Quad> exported(DatasetGraph dsg) {
    var graphs = Iter.filter(dsg.listGraphNodes(), g -> !g.equals(ClaimIndex.GRAPH));
    return Iter.flatMap(graphs, g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
  }
}
