package org.irkg.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.rdf.Vocab;
import org.irkg.store.Tdb2Store;

/**
 * Every fact of every article as one CSV row for a spreadsheet ({@code irkg export --format csv}):
 * kind, subject, relation or role, object, polarity, place, date, article, evidence, confidence,
 * and the IRIs of the subject, the object and the fact. Names are the English label when there
 * is one. Read with the graph API, article by article, so memory stays that of one article.
 */
public final class FactTable {
  public static final List<String> COLUMNS = List.of("kind", "subject", "relation", "object", "polarity", "place", "date",
      "article", "evidence", "confidence", "subject_iri", "object_iri", "fact");

  private static final Map<Node, String> KINDS = Map.of(Vocab.MEMBERSHIP, "member", Vocab.POSITION, "position",
      Vocab.MEETING, "meeting", Vocab.TREATY, "treaty", Vocab.RELATION, "relation", Vocab.CODED_EVENT, "event");
  private static final List<Node> SUBJECTS = List.of(Vocab.MEMBER, Vocab.HOLDER, Vocab.PARTICIPANT, Vocab.ORGANIZER,
      Vocab.PARTY, Vocab.RDF_SUBJECT, Vocab.SOURCE_ACTOR);
  private static final List<Node> OBJECTS = List.of(Vocab.ORGANIZATION, Vocab.ROLE_OF, Vocab.RDF_OBJECT, Vocab.TARGET_ACTOR);

  private FactTable() {}

  /** Writes the table; returns the number of facts. */
  public static int write(Tdb2Store store, OutputStream out) {
    PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.print(String.join(",", COLUMNS) + "\r\n");
    int n = store.read(ds -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      Function<Node, String> name = x -> name(dsg, x);
      int rows = 0;
      for (Iterator<Node> gs = dsg.listGraphNodes(); gs.hasNext(); ) {
        Node g = gs.next();
        if (!g.isURI() || !g.getURI().startsWith(Ids.NS + "article/")) {
          continue;
        }
        String article = first(dsg, g, g, Vocab.SCHEMA_URL);
        if (article == null) {
          article = first(dsg, g, g, Vocab.DCT_SOURCE);
        }
        TreeSet<String> facts = new TreeSet<>();
        dsg.find(g, Node.ANY, Vocab.SOURCE, g).forEachRemaining(q -> facts.add(q.getSubject().getURI()));
        for (String f : facts) {
          Node fact = org.apache.jena.graph.NodeFactory.createURI(f);
          String kind = null;
          for (Iterator<Quad> t = dsg.find(g, fact, Vocab.TYPE, Node.ANY); t.hasNext() && kind == null; ) {
            kind = KINDS.get(t.next().getObject());
          }
          if (kind == null) {
            continue;
          }
          List<String> subjects = new ArrayList<>();
          List<String> subjectIris = new ArrayList<>();
          for (Node p : SUBJECTS) {
            dsg.find(g, fact, p, Node.ANY).forEachRemaining(q -> {
              subjectIris.add(q.getObject().getURI());
              subjects.add(name.apply(q.getObject()));
            });
          }
          Node object = null;
          for (Node p : OBJECTS) {
            Iterator<Quad> it = dsg.find(g, fact, p, Node.ANY);
            if (object == null && it.hasNext()) {
              object = it.next().getObject();
            }
          }
          String predicate = first(dsg, g, fact, Vocab.RDF_PREDICATE);
          String relation = switch (kind) {
            case "member" -> "member of";
            case "position" -> first(dsg, g, fact, Vocab.ROLE);
            case "relation" -> predicate == null ? null : predicate.substring(predicate.indexOf('#') + 1);
            case "event" -> "CAMEO " + first(dsg, g, fact, Vocab.CAMEO_CODE);
            default -> kind;
          };
          String objectText = object != null ? name.apply(object)
              : kind.equals("treaty") ? first(dsg, g, fact, Vocab.LABEL) : null;
          Node place = firstNode(dsg, g, fact, Vocab.PLACE_P);
          List<String> evidence = new ArrayList<>();
          dsg.find(g, fact, Vocab.EVIDENCE, Node.ANY).forEachRemaining(q -> evidence.add(q.getObject().getLiteralLexicalForm()));
          row(w, kind, String.join("; ", subjects), relation, objectText, first(dsg, g, fact, Vocab.POLARITY),
              place == null ? null : name.apply(place), first(dsg, g, fact, Vocab.DATE), article,
              String.join(" | ", evidence), first(dsg, g, fact, Vocab.CONFIDENCE), String.join(" ", subjectIris),
              object == null ? null : object.getURI(), f);
          rows++;
        }
      }
      return rows;
    });
    w.flush();
    return n;
  }

  /** The English label of a node in any graph, else its first label, else its IRI. */
  static String name(DatasetGraph dsg, Node x) {
    String any = null;
    for (Iterator<Quad> it = dsg.find(Node.ANY, x, Vocab.LABEL, Node.ANY); it.hasNext(); ) {
      Node l = it.next().getObject();
      if ("en".equals(l.getLiteralLanguage())) {
        return l.getLiteralLexicalForm();
      }
      if (any == null || l.getLiteralLexicalForm().compareTo(any) < 0) {
        any = l.getLiteralLexicalForm();
      }
    }
    return any != null ? any : x.isURI() ? x.getURI() : x.toString();
  }

  private static Node firstNode(DatasetGraph dsg, Node g, Node s, Node p) {
    Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private static String first(DatasetGraph dsg, Node g, Node s, Node p) {
    Node o = firstNode(dsg, g, s, p);
    return o == null ? null : o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : o.toString();
  }

  /** One CSV line (RFC 4180: quoted when needed, CRLF). */
  private static void row(PrintWriter w, String... cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells[i] == null ? "" : cells[i];
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    w.print(sb.append("\r\n"));
  }
}
