package org.irkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.irkg.rdf.Vocab;

/** Copies of one story (ir:storyHash, ir:copyOf): which article holds each story, and who takes over when it goes. */
final class Stories {
  private Stories() {}

  /** The article that holds this story first, or null when no stored article has it. */
  static String originalOf(DatasetGraph dsg, String story) {
    var it = dsg.find(Node.ANY, Node.ANY, Vocab.STORY_HASH, org.apache.jena.graph.NodeFactory.createLiteralString(story));
    while (it.hasNext()) {
      Quad q = it.next();
      if (q.getGraph().equals(q.getSubject())) {
        var copy = dsg.find(q.getGraph(), q.getGraph(), Vocab.COPY_OF, Node.ANY);
        return copy.hasNext() ? copy.next().getObject().getURI() : q.getGraph().getURI();
      }
    }
    return null;
  }

  /**
   * After articles were removed: the first remaining copy of each (in IRI order) becomes the
   * story's article, and the other copies point at it; returns those whose facts now count.
   */
  static List<Node> promoteCopies(DatasetGraph dsg, Set<Node> removed) {
    List<Node> promoted = new ArrayList<>();
    for (Node gone : removed) {
      java.util.TreeMap<String, Node> copies = new java.util.TreeMap<>();
      dsg.find(Node.ANY, Node.ANY, Vocab.COPY_OF, gone).forEachRemaining(q -> {
        if (q.getGraph().equals(q.getSubject()) && !removed.contains(q.getGraph())) {
          copies.put(q.getGraph().getURI(), q.getGraph());
        }
      });
      if (copies.isEmpty()) {
        continue;
      }
      Node heir = copies.firstEntry().getValue();
      for (Node c : copies.values()) {
        dsg.delete(c, c, Vocab.COPY_OF, gone);
        if (!c.equals(heir)) {
          dsg.add(c, c, Vocab.COPY_OF, heir);
        }
      }
      promoted.add(heir);
    }
    return promoted;
  }
}
