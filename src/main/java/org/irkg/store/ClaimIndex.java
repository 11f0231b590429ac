package org.irkg.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.rdf.Terms;
import org.irkg.rdf.Vocab;
import org.irkg.store.Claims.Support;

/**
 * Keeps the claims graph ({@link Ids#CLAIMS_GRAPH}) in step with the article graphs, inside the
 * write transaction that changes them: one node per distinct fact, with the number of articles
 * that state it, the smallest evidence sentence, the highest confidence and the first source,
 * plus the names of the actors and places the claims are about. The queries of queries/ read this
 * graph, so they answer in time that grows with the number of distinct facts, not of articles.
 *
 * <p>Adding an article is incremental (a count goes up, a minimum may go down; see {@link
 * ClaimTally}). Withdrawing one (an article replaced or removed) lowers the counts, and re-reads the
 * claim's facts only when the withdrawn article was the last to give one of the claim's extremes,
 * the one case a running minimum cannot undo.
 */
final class ClaimIndex {
  /** Bumped when what a claim is changes: a store stamped otherwise is rebuilt when opened. */
  static final String VERSION = "3";

  static final Node GRAPH = NodeFactory.createURI(Ids.CLAIMS_GRAPH);
  static final Node GAZETTEER = NodeFactory.createURI(Ids.GAZETTEER_GRAPH);
  static final Node CLAIM = Vocab.ir("Claim");
  static final Node CLAIM_KIND = Vocab.ir("claimKind");
  static final Node ARTICLE_COUNT = Vocab.ir("articleCount");
  static final Node SAMPLE_EVIDENCE = Vocab.ir("sampleEvidence");
  static final Node TOP_CONFIDENCE = Vocab.ir("topConfidence");
  static final Node SAMPLE_SOURCE = Vocab.ir("sampleSource");
  static final Node SAMPLE_EVIDENCE_ARTICLES = Vocab.ir("sampleEvidenceArticles");
  static final Node TOP_CONFIDENCE_ARTICLES = Vocab.ir("topConfidenceArticles");
  static final Node SAMPLE_SOURCE_ARTICLES = Vocab.ir("sampleSourceArticles");
  static final Node CLAIMS_VERSION = Vocab.ir("claimsVersion");
  /** What the claims graph copies about the things its claims are about. */
  private static final List<Node> DESCRIBING = List.of(Vocab.TYPE, Vocab.LABEL, Vocab.ALT_LABEL);
  private static final String ARTICLE_PREFIX = Ids.NS + "article/";

  private ClaimIndex() {}

  static boolean isArticleGraph(Node g) {
    return g.isURI() && g.getURI().startsWith(ARTICLE_PREFIX);
  }

  /** The supports of article graphs as the store holds them (read before they are replaced or removed). */
  static Map<String, List<Support>> supportsOf(DatasetGraph dsg, Collection<Node> graphs) {
    Map<String, List<Support>> out = new LinkedHashMap<>();
    for (Node g : graphs) {
      if (isArticleGraph(g)) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        Claims.of(g, quads).values().forEach(s -> out.computeIfAbsent(s.claim(), k -> new ArrayList<>()).add(s));
      }
    }
    return out;
  }

  /**
   * The supports of new article graphs (quads grouped by graph); the names of the things they are
   * about are copied to the claims graph on the way.
   */
  static Map<String, List<Support>> supportsOfNew(DatasetGraph dsg, Map<Node, List<Quad>> graphs) {
    Map<String, List<Support>> out = new LinkedHashMap<>();
    Set<Node> named = new HashSet<>();
    for (Map.Entry<Node, List<Quad>> e : graphs.entrySet()) {
      if (!isArticleGraph(e.getKey())) {
        continue;
      }
      for (Support s : Claims.of(e.getKey(), e.getValue()).values()) {
        out.computeIfAbsent(s.claim(), k -> new ArrayList<>()).add(s);
        for (Node thing : Claims.things(s)) {
          copyNames(dsg, thing, e.getValue(), named);
        }
      }
    }
    return out;
  }

  /**
   * A thing's names and types: the gazetteer's when it knows the thing (copied once), else the ones
   * the article gives it (each article may add a language).
   */
  private static void copyNames(DatasetGraph dsg, Node thing, List<Quad> article, Set<Node> named) {
    if (!named.add(thing)) {
      return;
    }
    if (dsg.contains(GAZETTEER, thing, Vocab.LABEL, Node.ANY)) {
      if (!dsg.contains(GRAPH, thing, Vocab.LABEL, Node.ANY)) {
        copyGazetteerNames(dsg, thing);
      }
      return;
    }
    for (Quad q : article) {
      if (q.getSubject().equals(thing) && DESCRIBING.contains(q.getPredicate())) {
        addDescribing(dsg, thing, q.getPredicate(), q.getObject());
      }
    }
  }

  private static void copyGazetteerNames(DatasetGraph dsg, Node thing) {
    List<Quad> names = new ArrayList<>();
    for (Node p : DESCRIBING) {
      dsg.find(GAZETTEER, thing, p, Node.ANY).forEachRemaining(names::add);
    }
    names.forEach(q -> addDescribing(dsg, thing, q.getPredicate(), q.getObject()));
  }

  private static void addDescribing(DatasetGraph dsg, Node thing, Node p, Node o) {
    dsg.add(GRAPH, thing, p, o);
    if (o.isLiteral() && !p.equals(Vocab.TYPE)) {
      dsg.add(GRAPH, thing, Vocab.NAME_KEY, NodeFactory.createLiteralString(nameKey(o.getLiteralLexicalForm())));
    }
  }

  /** The form names are looked up by: lower case, spaces collapsed (SPARQL's LCASE gives the same for one-space names). */
  static String nameKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /** After the gazetteer changed: the names of the things it knows are taken from it again. */
  static void refreshGazetteerNames(DatasetGraph dsg) {
    // the things named so far, and those of every claim: a load may bring articles before the gazetteer
    Set<Node> things = new HashSet<>();
    dsg.find(GRAPH, Node.ANY, Vocab.LABEL, Node.ANY).forEachRemaining(q -> things.add(q.getSubject()));
    dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
      if (q.getObject().isURI() && Claims.THING_KEYS.contains(q.getPredicate())) {
        things.add(q.getObject());
      }
    });
    for (Node t : things) {
      if (dsg.contains(GAZETTEER, t, Vocab.LABEL, Node.ANY)) {
        DESCRIBING.forEach(p -> dsg.deleteAny(GRAPH, t, p, Node.ANY));
        dsg.deleteAny(GRAPH, t, Vocab.NAME_KEY, Node.ANY);
        copyGazetteerNames(dsg, t);
      }
    }
  }

  /** Applies a write to the claims: supports withdrawn (old graphs) and supports added (new graphs). */
  static void apply(DatasetGraph dsg, Map<String, List<Support>> removed, Map<String, List<Support>> added) {
    Set<String> touched = new java.util.LinkedHashSet<>(removed.keySet());
    touched.addAll(added.keySet());
    for (String c : touched) {
      List<Support> out = removed.getOrDefault(c, List.of());
      List<Support> in = added.getOrDefault(c, List.of());
      Node claim = Claims.node(c);
      List<Quad> stored = new ArrayList<>();
      dsg.find(GRAPH, claim, Node.ANY, Node.ANY).forEachRemaining(stored::add);
      ClaimTally tally = read(stored);
      if (tally == null && out.isEmpty()) {
        tally = ClaimTally.EMPTY; // a new claim: nothing to re-read (a recount here made loads quadratic)
      }
      for (Support s : out) {
        tally = tally == null ? null : tally.without(s);
      }
      Support any = in.isEmpty() ? out.get(0) : in.get(0);
      if (tally == null) {
        // a withdrawn article was the last to give an extreme (or the graph was out of step): read the facts again
        write(dsg, claim, any, recount(dsg, any), stored);
        continue;
      }
      for (Support s : in) {
        tally = tally.with(s);
      }
      write(dsg, claim, any, tally, stored);
    }
  }

  /** The claim counted from every fact that states it, found through one of its key values. */
  private static ClaimTally recount(DatasetGraph dsg, Support like) {
    Node[] probe = like.key().get(0);
    List<Quad> candidates = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, probe[0], probe[1]).forEachRemaining(q -> {
      if (isArticleGraph(q.getGraph())) {
        candidates.add(q);
      }
    });
    Map<Node, Support> perArticle = new LinkedHashMap<>();
    for (Quad q : candidates) {
      List<Quad> about = new ArrayList<>();
      dsg.find(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(about::add);
      var src = dsg.find(q.getGraph(), q.getGraph(), Vocab.DCT_SOURCE, Node.ANY);
      if (!src.hasNext() || dsg.contains(q.getGraph(), q.getGraph(), Vocab.COPY_OF, Node.ANY)) {
        continue; // no article, or a copy of a story counted through its first article
      }
      Support s = Claims.ofFact(about, src.next().getObject().getLiteralLexicalForm());
      if (s != null && s.claim().equals(like.claim())) {
        perArticle.merge(q.getGraph(), s, Support::merge);
      }
    }
    ClaimTally t = ClaimTally.EMPTY;
    for (Support s : perArticle.values()) {
      t = t.with(s);
    }
    return t;
  }

  private static ClaimTally read(DatasetGraph dsg, Node claim) {
    List<Quad> stored = new ArrayList<>();
    dsg.find(GRAPH, claim, Node.ANY, Node.ANY).forEachRemaining(stored::add);
    return read(stored);
  }

  /** The tally a claim's stored quads hold, or null when they hold none. */
  private static ClaimTally read(List<Quad> stored) {
    Map<Node, String> v = new java.util.HashMap<>();
    for (Quad q : stored) {
      if (q.getObject().isLiteral()) {
        v.put(q.getPredicate(), q.getObject().getLiteralLexicalForm());
      }
    }
    if (!v.containsKey(ARTICLE_COUNT)) {
      return null;
    }
    return new ClaimTally(Integer.parseInt(v.get(ARTICLE_COUNT)),
        extreme(v.get(SAMPLE_EVIDENCE), v.get(SAMPLE_EVIDENCE_ARTICLES)),
        extreme(v.containsKey(TOP_CONFIDENCE) ? new BigDecimal(v.get(TOP_CONFIDENCE)) : null, v.get(TOP_CONFIDENCE_ARTICLES)),
        extreme(v.get(SAMPLE_SOURCE), v.get(SAMPLE_SOURCE_ARTICLES)));
  }

  private static <T> ClaimTally.Extreme<T> extreme(T value, String articles) {
    return value == null || articles == null ? ClaimTally.Extreme.none() : new ClaimTally.Extreme<>(value, Integer.parseInt(articles));
  }

  /**
   * Makes the claim's quads those of the tally, changing only the quads that differ from the
   * stored ones: a claim stated again mostly changes its count, one quad of ten.
   */
  private static void write(DatasetGraph dsg, Node claim, Support like, ClaimTally t, List<Quad> stored) {
    Set<Quad> want = new java.util.LinkedHashSet<>();
    if (t.count() > 0) {
      want.add(new Quad(GRAPH, claim, Vocab.TYPE, CLAIM));
      want.add(new Quad(GRAPH, claim, CLAIM_KIND, like.kind()));
      for (Node[] pv : like.key()) {
        want.add(new Quad(GRAPH, claim, pv[0], pv[1]));
      }
      want.add(new Quad(GRAPH, claim, ARTICLE_COUNT, integer(t.count())));
      want.add(new Quad(GRAPH, claim, SAMPLE_EVIDENCE, NodeFactory.createLiteralString(t.evidence().value())));
      want.add(new Quad(GRAPH, claim, SAMPLE_EVIDENCE_ARTICLES, integer(t.evidence().articles())));
      if (t.confidence().value() != null) {
        want.add(new Quad(GRAPH, claim, TOP_CONFIDENCE, Terms.decimal(t.confidence().value())));
        want.add(new Quad(GRAPH, claim, TOP_CONFIDENCE_ARTICLES, integer(t.confidence().articles())));
      }
      want.add(new Quad(GRAPH, claim, SAMPLE_SOURCE, NodeFactory.createLiteralString(t.source().value())));
      want.add(new Quad(GRAPH, claim, SAMPLE_SOURCE_ARTICLES, integer(t.source().articles())));
    }
    for (Quad q : stored) {
      if (!want.remove(q)) {
        dsg.delete(q);
      }
    }
    want.forEach(dsg::add);
  }

  private static Node integer(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
  }

  /**
   * Where the claims graph disagrees with the article graphs (a claim missing, extra, or with
   * another count, sentence, confidence or source), at most {@code limit} lines; read only. The
   * expected claims are held in memory, one entry per distinct claim.
   */
  static List<String> disagreements(DatasetGraph dsg, int limit) {
    Map<String, ClaimTally> expected = new java.util.HashMap<>();
    dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ARTICLE).forEachRemaining(a -> {
      Node g = a.getGraph();
      if (!g.equals(a.getSubject()) || !isArticleGraph(g)) {
        return;
      }
      List<Quad> quads = new ArrayList<>();
      dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
      for (Support s : Claims.of(g, quads).values()) {
        expected.merge(s.claim(), ClaimTally.EMPTY.with(s), (was, one) -> was.with(s));
      }
    });
    List<String> out = new ArrayList<>();
    Set<String> stored = new HashSet<>();
    dsg.find(GRAPH, Node.ANY, Vocab.TYPE, CLAIM).forEachRemaining(q -> stored.add(q.getSubject().getURI()));
    for (String c : stored) {
      ClaimTally want = expected.get(c);
      ClaimTally got = read(dsg, Claims.node(c));
      if (want == null) {
        out.add(c + " is stated by no article");
      } else if (!want.sameAs(got)) {
        out.add(c + " holds " + got + " where the articles give " + want);
      }
    }
    expected.keySet().stream().filter(c -> !stored.contains(c)).forEach(c -> out.add(c + " is missing"));
    return out.subList(0, Math.min(limit, out.size()));
  }

  /** The version the claims graph was built for, or null. */
  static String version(DatasetGraph dsg) {
    var it = dsg.find(GRAPH, GRAPH, CLAIMS_VERSION, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
  }

  static void stamp(DatasetGraph dsg, String version) {
    dsg.deleteAny(GRAPH, GRAPH, CLAIMS_VERSION, Node.ANY);
    if (version != null) {
      dsg.add(GRAPH, GRAPH, CLAIMS_VERSION, NodeFactory.createLiteralString(version));
    }
  }

  /**
   * Builds the claims graph again from every article graph (inside the caller's write
   * transaction), a chunk of articles at a time so that a claim stated by many is written once
   * per chunk. For stores loaded in bulk, or made by an irkg that kept other claims.
   */
  static long rebuild(DatasetGraph dsg, int chunk) {
    dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
    List<Node> articles = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ARTICLE).forEachRemaining(q -> {
      if (q.getGraph().equals(q.getSubject()) && isArticleGraph(q.getGraph())) {
        articles.add(q.getGraph());
      }
    });
    for (int i = 0; i < articles.size(); i += chunk) {
      Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
      for (Node g : articles.subList(i, Math.min(articles.size(), i + chunk))) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        graphs.put(g, quads);
      }
      apply(dsg, Map.of(), supportsOfNew(dsg, graphs));
    }
    stamp(dsg, VERSION);
    return articles.size();
  }
}
