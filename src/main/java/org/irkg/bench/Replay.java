package org.irkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.store.Tdb2Store;

/**
 * A large store made without extracting again: the article graphs of a benchmark store copied N
 * times with fresh article and fact IRIs (the gazetteer and ontology once), through the bulk
 * loader. For query latencies at a scale that extraction would take hours to reach.
 */
final class Replay {
  private static final Pattern LOCAL = Pattern.compile("^(" + Pattern.quote(Ids.NS) + "[a-z-]+/)(bench-\\d+)(-\\d+)?$");

  private Replay() {}

  static Tdb2Store.BulkLoad build(Path from, Path to, int articles) {
    Map<String, List<Quad>> graphs = new LinkedHashMap<>();
    List<Quad> background = new ArrayList<>();
    try (Tdb2Store src = Tdb2Store.open(from)) {
      src.read(ds -> {
        ds.asDatasetGraph().find().forEachRemaining(q -> {
          String g = q.getGraph().getURI();
          if (g.startsWith(Ids.NS + "article/")) {
            graphs.computeIfAbsent(g, k -> new ArrayList<>()).add(q);
          } else if (!g.equals(Ids.CLAIMS_GRAPH)) { // built again from the replayed articles
            background.add(q);
          }
        });
        return null;
      });
    }
    List<List<Quad>> sources = new ArrayList<>(graphs.values());
    try (Tdb2Store dst = Tdb2Store.open(to)) {
      return dst.bulkLoad(sink -> {
        background.forEach(sink::quad);
        for (int i = 0; i < articles; i++) {
          String fresh = "replay-" + i;
          for (Quad q : sources.get(i % sources.size())) {
            sink.quad(Quad.create(rename(q.getGraph(), fresh), rename(q.getSubject(), fresh),
                q.getPredicate(), rename(q.getObject(), fresh)));
          }
        }
      });
    }
  }

  private static Node rename(Node n, String key) {
    if (!n.isURI()) {
      return n;
    }
    Matcher m = LOCAL.matcher(n.getURI());
    if (!m.matches()) {
      return n;
    }
    return NodeFactory.createURI(m.group(1) + key + (m.group(3) == null ? "" : m.group(3)));
  }
}
