package org.irkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.rdf.Terms;
import org.irkg.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims graph written step by step (articles added, replaced, removed) holds what building it
 * again from the article graphs gives, and counts what the articles say.
 */
class ClaimIndexTest {
  private static final String FRANCE = Ids.NS + "state/FRA";
  private static final String NATO = Ids.NS + "org/nato";
  private static final String KERRY = Ids.NS + "person/john-kerry";

  @TempDir Path dir;

  /** An article saying France is (or is not) in NATO, with one sentence; and that Kerry met France's president. */
  private static void article(StreamRDF out, String key, String source, String sentence, boolean member, String conf) {
    Node g = NodeFactory.createURI(Ids.article(key));
    Node m = NodeFactory.createURI(Ids.fact(key, "membership", 1));
    Node r = NodeFactory.createURI(Ids.fact(key, "relation", 1));
    Node kerry = NodeFactory.createURI(KERRY);
    List<Node[]> t = List.of(
        new Node[] {g, Vocab.TYPE, Vocab.ARTICLE},
        new Node[] {g, Vocab.DCT_SOURCE, NodeFactory.createLiteralString(source)},
        new Node[] {m, Vocab.TYPE, Vocab.MEMBERSHIP},
        new Node[] {m, Vocab.MEMBER, NodeFactory.createURI(FRANCE)},
        new Node[] {m, Vocab.ORGANIZATION, NodeFactory.createURI(NATO)},
        new Node[] {m, Vocab.POLARITY, NodeFactory.createLiteralDT(Boolean.toString(member), XSDDatatype.XSDboolean)},
        new Node[] {m, Vocab.SOURCE, g},
        new Node[] {m, Vocab.EVIDENCE, NodeFactory.createLiteralString(sentence)},
        new Node[] {m, Vocab.CONFIDENCE, Terms.decimal(new java.math.BigDecimal(conf))},
        new Node[] {kerry, Vocab.TYPE, Vocab.ir("Person")},
        new Node[] {kerry, Vocab.LABEL, NodeFactory.createLiteralLang("John Kerry", key.startsWith("fr") ? "fr" : "en")},
        new Node[] {r, Vocab.TYPE, Vocab.RELATION},
        new Node[] {r, Vocab.RDF_SUBJECT, kerry},
        new Node[] {r, Vocab.RDF_PREDICATE, Vocab.ir("criticizes")},
        new Node[] {r, Vocab.RDF_OBJECT, NodeFactory.createURI(NATO)},
        new Node[] {r, Vocab.SOURCE, g},
        new Node[] {r, Vocab.EVIDENCE, NodeFactory.createLiteralString("Kerry criticised NATO in " + key + ".")});
    t.forEach(x -> out.quad(Quad.create(g, x[0], x[1], x[2])));
  }

  private static void put(Tdb2Store st, String key, String source, String sentence, boolean member, String conf) {
    st.replaceGraphs(List.of(Ids.article(key)), sink -> article(sink, key, source, sentence, member, conf));
  }

  /** The membership claims: "member yes/no" to "count | evidence | confidence | source". */
  private static Map<String, String> memberships(Tdb2Store st) {
    var rs = st.select("""
        PREFIX ir: <https://w3id.org/irkg/ontology#>
        SELECT ?pol ?n ?ev ?conf ?src WHERE { GRAPH <%s> {
          ?c ir:claimKind ir:Membership ; ir:polarity ?pol ; ir:articleCount ?n ; ir:sampleEvidence ?ev ;
             ir:topConfidence ?conf ; ir:sampleSource ?src } }""".formatted(Ids.CLAIMS_GRAPH), null);
    Map<String, String> out = new TreeMap<>();
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      out.put(s.getLiteral("pol").getLexicalForm(), s.getLiteral("n").getInt() + " | " + s.getLiteral("ev").getString()
          + " | " + s.getLiteral("conf").getLexicalForm() + " | " + s.getLiteral("src").getString());
    }
    return out;
  }

  private static Set<String> claimsGraph(Tdb2Store st) {
    var rs = st.select("SELECT ?s ?p ?o { GRAPH <" + Ids.CLAIMS_GRAPH + "> { ?s ?p ?o } }", null);
    Set<String> out = new TreeSet<>();
    rs.forEachRemaining(s -> out.add(s.get("s") + " " + s.get("p") + " " + s.get("o")));
    return out;
  }

  private static void assertSameAsRebuilt(Tdb2Store st) {
    assertEquals(List.of(), st.claimDisagreements(10));
    Set<String> step = claimsGraph(st);
    st.rebuildClaims();
    assertEquals(claimsGraph(st), step, "the claims kept step by step are the claims built again");
  }

  @Test
  void articlesStatingOneFactMakeOneClaimThatCountsThem() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      put(st, "en-2", "a.txt", "France is in NATO (a).", true, "0.90");
      put(st, "en-3", "c.txt", "France left NATO (c).", false, "0.70");
      assertEquals(Map.of("true", "2 | France is in NATO (a). | 0.9 | a.txt", "false", "1 | France left NATO (c). | 0.7 | c.txt"),
          memberships(st));
      assertSameAsRebuilt(st);
    }
  }

  @Test
  void removingTheArticleThatHeldTheFirstSentenceCountsAgain() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      put(st, "en-2", "a.txt", "France is in NATO (a).", true, "0.90");
      put(st, "en-4", "d.txt", "France is in NATO (d).", true, "0.60");
      assertEquals(1, st.removeGraphs(List.of(Ids.article("en-2"))));
      assertEquals(Map.of("true", "2 | France is in NATO (b). | 0.8 | b.txt"), memberships(st));
      assertSameAsRebuilt(st);
    }
  }

  @Test
  void removingOneOfTheArticlesThatGiveTheFirstSentenceKeepsIt() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "a.txt", "France is in NATO (a).", true, "0.80");
      put(st, "en-2", "a.txt", "France is in NATO (a).", true, "0.80");
      put(st, "en-3", "c.txt", "France is in NATO (c).", true, "0.90");
      st.removeGraphs(List.of(Ids.article("en-1")));
      assertEquals(Map.of("true", "2 | France is in NATO (a). | 0.9 | a.txt"), memberships(st));
      assertSameAsRebuilt(st);
      st.removeGraphs(List.of(Ids.article("en-2")));
      assertEquals(Map.of("true", "1 | France is in NATO (c). | 0.9 | c.txt"), memberships(st));
      assertSameAsRebuilt(st);
    }
  }

  @Test
  void replacingAnArticleMovesItsSupportAndTheLastSupportTakesTheClaimAway() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      assertEquals(Map.of("true", "1 | France is in NATO (b). | 0.8 | b.txt"), memberships(st), "an unchanged article counts once");
      put(st, "en-1", "b.txt", "France left NATO (b2).", false, "0.75");
      assertEquals(Map.of("false", "1 | France left NATO (b2). | 0.75 | b.txt"), memberships(st));
      assertSameAsRebuilt(st);
      st.removeGraphs(List.of(Ids.article("en-1")));
      assertTrue(claimsGraph(st).stream().noneMatch(t -> t.contains("/claim/")), claimsGraph(st).toString());
    }
  }

  @Test
  void theClaimsGraphNamesWhatItIsAboutInEveryLanguageTheArticlesGive() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      put(st, "fr-1", "f.txt", "La France est dans l'OTAN.", true, "0.80");
      Set<String> g = claimsGraph(st);
      assertTrue(g.contains(KERRY + " " + Vocab.LABEL.getURI() + " \"John Kerry\"@en"), g.toString());
      assertTrue(g.contains(KERRY + " " + Vocab.LABEL.getURI() + " \"John Kerry\"@fr"), g.toString());
    }
  }

  @Test
  void aGazetteerWrittenAfterTheArticlesStillNamesWhatTheyAreAbout() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      Node g = NodeFactory.createURI(Ids.GAZETTEER_GRAPH);
      st.replaceGraphs(List.of(Ids.GAZETTEER_GRAPH), sink -> sink.quad(Quad.create(g, NodeFactory.createURI(NATO),
          Vocab.LABEL, NodeFactory.createLiteralLang("North Atlantic Treaty Organization", "en"))));
      assertTrue(claimsGraph(st).contains(NATO + " " + Vocab.LABEL.getURI() + " \"North Atlantic Treaty Organization\"@en"),
          claimsGraph(st).toString());
    }
  }

  @Test
  void theClaimsGraphIsNeitherExportedNorCounted() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      assertFalse(claimsGraph(st).isEmpty());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      st.export(out, "nq");
      String nq = out.toString(StandardCharsets.UTF_8);
      assertFalse(nq.contains(Ids.CLAIMS_GRAPH), nq);
      assertEquals(nq.lines().count(), st.size());
      assertFalse(st.graphNames().contains(Ids.CLAIMS_GRAPH));
    }
  }

  @Test
  void aBulkLoadThatDidNotFinishItsClaimsIsCaughtUpAtTheNextOpen() {
    Path kg = dir.resolve("kg");
    try (Tdb2Store st = Tdb2Store.open(kg)) {
      st.bulkLoad(sink -> {
        article(sink, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
        article(sink, "en-2", "a.txt", "France is in NATO (a).", true, "0.90");
      });
      assertEquals(Map.of("true", "2 | France is in NATO (a). | 0.9 | a.txt"), memberships(st));
      // as a kill between the load and the rebuild leaves it: unstamped
      st.dataset().executeWrite(() -> ClaimIndex.stamp(st.dataset().asDatasetGraph(), null));
      st.dataset().executeWrite(() -> st.dataset().asDatasetGraph().deleteAny(ClaimIndex.GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }
    try (Tdb2Store st = Tdb2Store.open(kg)) {
      assertEquals(Map.of("true", "2 | France is in NATO (a). | 0.9 | a.txt"), memberships(st));
      assertEquals(ClaimIndex.VERSION, st.read(ds -> ClaimIndex.version(ds.asDatasetGraph())));
    }
  }

  @Test
  void aClaimOutOfStepWithTheArticlesIsReported() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      put(st, "en-1", "b.txt", "France is in NATO (b).", true, "0.80");
      st.dataset().executeWrite(() -> {
        var dsg = st.dataset().asDatasetGraph();
        Node claim = dsg.find(ClaimIndex.GRAPH, Node.ANY, ClaimIndex.CLAIM_KIND, Vocab.MEMBERSHIP).next().getSubject();
        dsg.deleteAny(ClaimIndex.GRAPH, claim, ClaimIndex.ARTICLE_COUNT, Node.ANY);
        dsg.add(ClaimIndex.GRAPH, claim, ClaimIndex.ARTICLE_COUNT, NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
      });
      List<String> wrong = st.claimDisagreements(10);
      assertEquals(1, wrong.size(), wrong.toString());
      assertTrue(wrong.get(0).contains("count=7"), wrong.toString());
    }
  }

  @Test
  void anEmptyStoreIsStampedWithoutARebuild() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      assertEquals(ClaimIndex.VERSION, st.read(ds -> ClaimIndex.version(ds.asDatasetGraph())));
      assertEquals(0, st.size());
      assertNull(st.backgroundHash());
    }
  }
}
