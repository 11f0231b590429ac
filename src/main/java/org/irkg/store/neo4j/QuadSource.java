package org.irkg.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.irkg.rdf.Vocab;

/**
 * What the Neo4j loader reads: the quads of one named graph, and everything the mapped graphs say
 * about one resource. A node's properties are the union of what every graph says about it (as a
 * SPARQL query over the union graph sees it), so the loader needs more than the quads of the
 * graphs it pushes: it asks the store.
 */
public interface QuadSource {
  /** The quads of one named graph (none if the graph is absent). */
  List<Quad> graph(String graph);

  /** Every quad, in any mapped graph, whose subject is {@code subject}. */
  List<Quad> about(Node subject);

  /** Whether {@code node} has an rdf:type in some mapped graph: only such resources become nodes. */
  boolean isResource(Node node);

  /**
   * The named graphs of a Jena dataset (a TDB2 store inside a read transaction, or an in-memory
   * one), leaving out {@code skipped} graphs (the ontology: it describes terms, not the world).
   */
  static QuadSource of(DatasetGraph dsg, Set<String> skipped) {
    return new QuadSource() {
      private final Map<Node, Boolean> resources = new HashMap<>();

      private boolean mapped(Quad q) {
        Node g = q.getGraph();
        return g.isURI() && !Quad.isDefaultGraph(g) && !skipped.contains(g.getURI());
      }

      @Override
      public List<Quad> graph(String graph) {
        List<Quad> out = new ArrayList<>();
        dsg.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
      }

      @Override
      public List<Quad> about(Node subject) {
        List<Quad> out = new ArrayList<>();
        dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
          if (mapped(q)) {
            out.add(q);
          }
        });
        return out;
      }

      @Override
      public boolean isResource(Node node) {
        if (!node.isURI()) {
          return false;
        }
        // asked once per subject and object of every pushed quad: remember the answers
        return resources.computeIfAbsent(node, n -> {
          var it = dsg.find(Node.ANY, n, Vocab.TYPE, Node.ANY);
          try {
            while (it.hasNext()) {
              if (mapped(it.next())) {
                return true;
              }
            }
            return false;
          } finally {
            Iter.close(it);
          }
        });
      }
    };
  }
}
