package org.irkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.SplittableRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.rdf.Vocab;
import org.irkg.store.Tdb2Store;

/**
 * A large store made without extracting again: the article graphs of a benchmark store copied N
 * times with fresh article and fact IRIs (the gazetteer and ontology once), through the bulk
 * loader. For load, claims and query figures at a scale that extraction would take hours to reach.
 * Copies are not clones: in each, the states and the gazetteer's organisations are drawn again
 * (each for one of the same kind) and every person is one of {@link VariedCorpus#PEOPLE} generated
 * people, so the distinct facts grow with the copies as they would with real news.
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
    Map<String, List<String>> pools = pools(background);
    Map<String, String> kindOf = new HashMap<>();
    pools.forEach((kind, iris) -> iris.forEach(iri -> kindOf.put(iri, kind)));
    try (Tdb2Store dst = Tdb2Store.open(to)) {
      return dst.bulkLoad(sink -> {
        background.forEach(sink::quad);
        for (int i = 0; i < articles; i++) {
          String fresh = "replay-" + i;
          SplittableRandom random = new SplittableRandom(0x5ca1eL * 31 + i);
          Map<String, Node> drawn = new HashMap<>();
          Map<String, String> names = new HashMap<>();
          for (Quad q : sources.get(i % sources.size())) {
            Node s = swap(rename(q.getSubject(), fresh), random, drawn, names, pools, kindOf);
            Node o = q.getObject();
            if (q.getPredicate().equals(Vocab.LABEL) && names.containsKey(q.getSubject().getURI())) {
              o = NodeFactory.createLiteralLang(names.get(q.getSubject().getURI()), o.getLiteralLanguage());
            } else if (q.getPredicate().equals(Vocab.ALT_LABEL) && names.containsKey(q.getSubject().getURI())) {
              continue; // the seed's person's other names are not the generated person's
            } else {
              o = swap(rename(o, fresh), random, drawn, names, pools, kindOf);
            }
            sink.quad(Quad.create(rename(q.getGraph(), fresh), s, q.getPredicate(), o));
          }
        }
      });
    }
  }

  /** The gazetteer's states and organisations by kind (State, Alliance ...), in IRI order. */
  private static Map<String, List<String>> pools(List<Quad> background) {
    Map<String, java.util.TreeSet<String>> byKind = new HashMap<>();
    for (Quad q : background) {
      if (q.getGraph().getURI().equals(Ids.GAZETTEER_GRAPH) && q.getPredicate().equals(RDF_TYPE) && q.getObject().isURI()
          && q.getSubject().isURI()) {
        String kind = q.getObject().getURI();
        String iri = q.getSubject().getURI();
        if (KINDS.contains(kind) && (iri.startsWith(Ids.NS + "state/") || iri.startsWith(Ids.NS + "org/"))) {
          byKind.computeIfAbsent(kind, k -> new java.util.TreeSet<>()).add(iri);
        }
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    byKind.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  private static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.type.asNode();
  private static final java.util.Set<String> KINDS = java.util.Set.of(Vocab.IR + "State", Vocab.IR + "Alliance",
      Vocab.IR + "InternationalOrganization", Vocab.IR + "GovernmentBody", Vocab.IR + "ArmedGroup");

  /** A state or known organisation becomes another of its kind, a person a generated one; the same within a copy. */
  private static Node swap(Node n, SplittableRandom random, Map<String, Node> drawn, Map<String, String> names,
      Map<String, List<String>> pools, Map<String, String> kindOf) {
    if (!n.isURI()) {
      return n;
    }
    String iri = n.getURI();
    Node done = drawn.get(iri);
    if (done != null) {
      return done;
    }
    Node to;
    if (iri.startsWith(Ids.NS + "person/")) {
      int k = random.nextInt(VariedCorpus.PEOPLE);
      String name = VariedCorpus.surname(k);
      names.put(iri, "Person " + name);
      to = NodeFactory.createURI(Ids.NS + "person/generated-" + k);
    } else if (kindOf.containsKey(iri)) {
      List<String> pool = pools.get(kindOf.get(iri));
      to = NodeFactory.createURI(pool.get(random.nextInt(pool.size())));
    } else {
      return n;
    }
    drawn.put(iri, to);
    return to;
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
