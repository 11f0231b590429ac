package org.irkg.store.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.irkg.rdf.Vocab;

/**
 * The nodes and relationships that pushing some named graphs writes: every resource those graphs
 * say something about (with its properties from all graphs), every resource Neo4j says they used
 * to describe (rewritten, or removed when no graph types it any more), and one relationship per
 * quad between two resources, tagged with its graph.
 */
final class Batch {
  /** A node to merge on {@code uri}; {@code props} replaces all its properties. */
  record NodeRow(String uri, List<String> labels, Map<String, Object> props) {}

  /** A relationship to create between two nodes, found by uri. */
  record RelRow(String type, String from, String to, Map<String, Object> props) {}

  final List<NodeRow> nodes = new ArrayList<>();
  final List<RelRow> relationships = new ArrayList<>();
  /** Nodes the graphs used to describe that are no longer resources of any graph. */
  final List<String> gone = new ArrayList<>();

  private Batch() {}

  /**
   * @param previous uris of the nodes Neo4j holds whose {@code graphs} meet {@code graphs}
   */
  static Batch of(QuadSource source, Collection<String> graphs, Collection<String> previous) {
    Batch b = new Batch();
    Set<Node> subjects = new LinkedHashSet<>();
    for (String g : graphs) {
      List<Quad> quads = source.graph(g);
      Map<Node, List<Quad>> bySubject = new HashMap<>();
      for (Quad q : quads) {
        if (q.getSubject().isURI()) {
          subjects.add(q.getSubject());
          bySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
        }
      }
      Map<Triple, List<Node>> reified = reifications(bySubject);
      for (Quad q : quads) {
        Node s = q.getSubject();
        Node o = q.getObject();
        if (q.getPredicate().equals(Vocab.TYPE) || !source.isResource(s) || !source.isResource(o)) {
          continue;
        }
        String type = Mapping.relType(q.getPredicate());
        List<Node> statements = reified.getOrDefault(q.asTriple(), List.of());
        if (statements.isEmpty()) {
          b.relationships.add(new RelRow(type, s.getURI(), o.getURI(), Map.of("graph", g)));
        }
        for (Node r : statements) {
          b.relationships.add(new RelRow(type, s.getURI(), o.getURI(), provenance(g, r, bySubject.get(r), source)));
        }
      }
    }
    for (String uri : previous) {
      subjects.add(NodeFactory.createURI(uri));
    }
    Set<String> wasThere = Set.copyOf(previous);
    for (Node s : subjects) {
      if (source.isResource(s)) {
        List<Quad> about = source.about(s);
        b.nodes.add(new NodeRow(s.getURI(), labels(about), Mapping.properties(s, about, source::isResource)));
      } else if (wasThere.contains(s.getURI())) {
        b.gone.add(s.getURI());
      }
    }
    return b;
  }

  private static List<String> labels(List<Quad> about) {
    TreeSet<String> classes = new TreeSet<>();
    for (Quad q : about) {
      if (q.getPredicate().equals(Vocab.TYPE) && q.getObject().isURI()) {
        classes.add(Mapping.label(q.getObject()));
      }
    }
    classes.remove(Mapping.RESOURCE);
    List<String> out = new ArrayList<>();
    out.add(Mapping.RESOURCE);
    out.addAll(classes);
    return out;
  }

  /** The ir:Relation nodes of one graph, by the actor-to-actor triple they describe. */
  private static Map<Triple, List<Node>> reifications(Map<Node, List<Quad>> bySubject) {
    Map<Triple, List<Node>> out = new HashMap<>();
    bySubject.forEach((r, quads) -> {
      Node s = one(quads, Vocab.RDF_SUBJECT);
      Node p = one(quads, Vocab.RDF_PREDICATE);
      Node o = one(quads, Vocab.RDF_OBJECT);
      if (s != null && p != null && o != null) {
        out.computeIfAbsent(Triple.create(s, p, o), k -> new ArrayList<>()).add(r);
      }
    });
    out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Node::getURI)));
    return out;
  }

  private static Node one(List<Quad> quads, Node predicate) {
    for (Quad q : quads) {
      if (q.getPredicate().equals(predicate)) {
        return q.getObject();
      }
    }
    return null;
  }

  /** Evidence, confidence and source of an actor relation, read from its ir:Relation node. */
  private static Map<String, Object> provenance(String graph, Node statement, List<Quad> quads, QuadSource source) {
    Map<String, Object> node = Mapping.properties(statement, quads, source::isResource);
    Map<String, Object> props = new TreeMap<>();
    props.put("graph", graph);
    for (String key : List.of("evidence", "confidence")) {
      if (node.containsKey(key)) {
        props.put(key, node.get(key));
      }
    }
    Node article = one(quads, Vocab.SOURCE);
    if (article != null && article.isURI()) {
      props.put("source", article.getURI());
    }
    return props;
  }
}
