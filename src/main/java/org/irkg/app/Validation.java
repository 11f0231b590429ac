package org.irkg.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.irkg.rdf.Vocab;
import org.irkg.store.Tdb2Store;

/** SHACL validation of the whole store (the union of its graphs) with Jena SHACL, and the claims graph checked against the articles. */
public final class Validation {
  /** The outcome: conforms, the violations as lines, and how many focus nodes were checked. */
  public record Report(boolean conforms, List<String> lines, int nodes) {}

  private Validation() {}

  public static Shapes shapes() {
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = Validation.class.getResourceAsStream("/irkg/ontology/shapes.ttl")) {
      if (in == null) {
        throw new IllegalStateException("shapes.ttl is missing from the classpath");
      }
      RDFDataMgr.read(g, in, Lang.TURTLE);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return Shapes.parse(g);
  }

  public static Report validate(Tdb2Store store) {
    Shapes shapes = shapes();
    Report shacl = store.read(ds -> {
      Graph data = ds.getUnionModel().getGraph();
      ValidationReport r = ShaclValidator.get().validate(shapes, data);
      List<String> lines = new ArrayList<>();
      var pm = Vocab.prefixes();
      java.util.Set<Object> focus = new java.util.HashSet<>();
      for (ReportEntry e : r.getEntries()) {
        focus.add(e.focusNode());
        lines.add(pm.shortForm(e.focusNode().toString()) + " "
            + (e.resultPath() == null ? "" : pm.shortForm(e.resultPath().toString()) + " ")
            + e.message());
      }
      int nodes = shapes.getTargetShapes().size();
      return new Report(r.conforms(), lines, nodes);
    });
    // the claims graph is derived: check it against the articles, which SHACL cannot do
    List<String> claims = store.claimDisagreements(20);
    if (claims.isEmpty()) {
      return shacl;
    }
    List<String> lines = new ArrayList<>(shacl.lines());
    claims.forEach(c -> lines.add("claims graph: " + c));
    return new Report(false, lines, shacl.nodes());
  }
}
