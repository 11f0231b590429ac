package org.irkg.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.rdf.Vocab;

/**
 * What one article says, as claims: each fact node of an article graph reduced to the part that
 * does not depend on the article (who is a member of what, who met whom where and when), so that
 * the same fact stated by a thousand articles is one claim. A pure function of the article's
 * quads; {@link ClaimIndex} keeps the store's claims graph up to date with it.
 */
public final class Claims {
  /** The fact classes that make claims, with the properties that say what the fact is. */
  static final Map<Node, List<Node>> KEYS = keys();

  /** The key properties whose values are things (actors, places), not literals or a predicate. */
  static final Set<Node> THING_KEYS = Set.of(Vocab.ORGANIZATION, Vocab.MEMBER, Vocab.HOLDER, Vocab.ROLE_OF,
      Vocab.PARTICIPANT, Vocab.PLACE_P, Vocab.PARTY, Vocab.RDF_SUBJECT, Vocab.RDF_OBJECT, Vocab.SOURCE_ACTOR,
      Vocab.TARGET_ACTOR);

  private Claims() {}

  private static Map<Node, List<Node>> keys() {
    Map<Node, List<Node>> k = new LinkedHashMap<>();
    k.put(Vocab.MEMBERSHIP, List.of(Vocab.ORGANIZATION, Vocab.MEMBER, Vocab.POLARITY));
    k.put(Vocab.POSITION, List.of(Vocab.HOLDER, Vocab.ROLE, Vocab.ROLE_OF));
    k.put(Vocab.MEETING, List.of(Vocab.PARTICIPANT, Vocab.PLACE_P, Vocab.DATE));
    k.put(Vocab.TREATY, List.of(Vocab.LABEL, Vocab.PARTY, Vocab.DATE));
    k.put(Vocab.RELATION, List.of(Vocab.RDF_SUBJECT, Vocab.RDF_PREDICATE, Vocab.RDF_OBJECT));
    // the same event on the same date told by many articles is one claim (GDELT's NumArticles); the
    // root, QuadClass and Goldstein value follow from the code, and are kept for queries
    k.put(Vocab.CODED_EVENT, List.of(Vocab.SOURCE_ACTOR, Vocab.TARGET_ACTOR, Vocab.CAMEO_CODE, Vocab.DATE,
        Vocab.CAMEO_ROOT, Vocab.QUAD_CLASS, Vocab.GOLDSTEIN));
    return Map.copyOf(k);
  }

  /**
   * One article's support for one claim: its smallest evidence sentence, its highest confidence
   * and its source (an article stating a fact twice supports it once).
   */
  record Support(String claim, Node kind, List<Node[]> key, String evidence, BigDecimal confidence, String source) {
    Support merge(Support o) {
      return new Support(claim, kind, key, min(evidence, o.evidence), max(confidence, o.confidence), min(source, o.source));
    }
  }

  /** The claims an article graph supports, by claim IRI (empty for a graph that is not an article). */
  static Map<String, Support> of(Node graph, Collection<Quad> quads) {
    Map<Node, List<Quad>> bySubject = new HashMap<>();
    for (Quad q : quads) {
      bySubject.computeIfAbsent(q.getSubject(), s -> new ArrayList<>()).add(q);
    }
    String source = null;
    for (Quad q : bySubject.getOrDefault(graph, List.of())) {
      if (q.getPredicate().equals(Vocab.DCT_SOURCE)) {
        source = q.getObject().getLiteralLexicalForm();
      } else if (q.getPredicate().equals(Vocab.COPY_OF)) {
        return new LinkedHashMap<>(); // a copy of a story stored first: counted once, through the first
      }
    }
    Map<String, Support> out = new LinkedHashMap<>();
    if (source == null) {
      return out;
    }
    for (Map.Entry<Node, List<Quad>> e : bySubject.entrySet()) {
      Support s = ofFact(e.getValue(), source);
      if (s != null) {
        out.merge(s.claim(), s, Support::merge);
      }
    }
    return out;
  }

  /** The claim one fact node supports, from the quads about it, or null if it is not a fact. */
  static Support ofFact(List<Quad> about, String source) {
    Node kind = null;
    boolean sourced = false;
    for (Quad q : about) {
      if (q.getPredicate().equals(Vocab.TYPE) && KEYS.containsKey(q.getObject())) {
        kind = q.getObject();
      } else if (q.getPredicate().equals(Vocab.SOURCE)) {
        sourced = true;
      }
    }
    if (kind == null || !sourced) {
      return null;
    }
    List<Node> props = KEYS.get(kind);
    List<Node[]> key = new ArrayList<>();
    String evidence = null;
    BigDecimal confidence = null;
    for (Quad q : about) {
      Node p = q.getPredicate();
      if (props.contains(p)) {
        key.add(new Node[] {p, q.getObject()});
      } else if (p.equals(Vocab.EVIDENCE)) {
        evidence = min(evidence, q.getObject().getLiteralLexicalForm());
      } else if (p.equals(Vocab.CONFIDENCE)) {
        confidence = max(confidence, new BigDecimal(q.getObject().getLiteralLexicalForm()));
      }
    }
    if (evidence == null) {
      return null;
    }
    key.sort((a, b) -> {
      int c = Integer.compare(props.indexOf(a[0]), props.indexOf(b[0]));
      return c != 0 ? c : a[1].toString().compareTo(b[1].toString());
    });
    return new Support(iri(kind, key), kind, List.copyOf(key), evidence, confidence, source);
  }

  /** A claim's IRI: a hash of its kind and key, the same in every store and run. */
  static String iri(Node kind, List<Node[]> key) {
    StringBuilder sb = new StringBuilder(kind.getURI());
    for (Node[] pv : key) {
      sb.append('\n').append(pv[0].getURI()).append(' ').append(pv[1].toString());
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      String local = kind.getURI().substring(Vocab.IR.length()).toLowerCase();
      return Ids.NS + "claim/" + local + "-" + HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The actors and places a claim is about (whose names the claims graph keeps at hand). */
  static Set<Node> things(Support s) {
    Set<Node> out = new LinkedHashSet<>();
    for (Node[] pv : s.key()) {
      if (pv[1].isURI() && THING_KEYS.contains(pv[0])) {
        out.add(pv[1]);
      }
    }
    return out;
  }

  static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }

  static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
