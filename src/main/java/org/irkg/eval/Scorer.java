package org.irkg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Scores a knowledge graph against gold files exactly as the reference scorer
 * (../shared/gold/score.py) does: the same name normalisation, the same matching rules per kind,
 * greedy one-to-one matching in gold order. A test checks that both agree on the corpus.
 */
public final class Scorer {
  /** The kinds of ../shared/gold, scored by default. */
  public static final List<String> KINDS = List.of("actor", "member", "position", "meeting", "treaty", "relation");
  /** Coded events (EVENTS.md): scored where the gold has event lines, by source, target and CAMEO root. */
  public static final String EVENT = "event";
  public static final List<String> ALL_KINDS = List.of("actor", "member", "position", "meeting", "treaty", "relation", EVENT);
  private static final String IR = "https://w3id.org/irkg/ontology#";
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  private static final Set<String> LABELS = Set.of("http://www.w3.org/2000/01/rdf-schema#label",
      "http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2004/02/skos/core#prefLabel");
  private static final String DCT_SOURCE = "http://purl.org/dc/terms/source";
  private static final String DCT_LANGUAGE = "http://purl.org/dc/terms/language";
  private static final Set<String> RELATIONS = Set.of("cooperatesWith", "criticizes", "threatens", "supports", "opposes");

  /** True positives, false positives, false negatives. */
  public static final class Counts {
    public int tp;
    public int fp;
    public int fn;
    /** Misses by cause: an actor of the fact is not found in the article at all. */
    public int fnActor;
    /** Misses by cause: a fact of the kind is about some of its actors, with another argument (or predicate). */
    public int fnArgument;
    /** Misses by cause: its actors are found but no fact of the kind is about them (no cue read). */
    public int fnCue;

    public void add(Counts o) {
      tp += o.tp;
      fp += o.fp;
      fn += o.fn;
      fnActor += o.fnActor;
      fnArgument += o.fnArgument;
      fnCue += o.fnCue;
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<Node, Set<String>> labels = new HashMap<>();
  private final Map<Node, Set<String>> types = new HashMap<>();
  private final Map<Node, List<Quad>> byGraph = new HashMap<>();
  private final Map<Node, String> source = new LinkedHashMap<>();
  private final Map<Node, String> language = new HashMap<>();

  public Scorer(DatasetGraph dsg) {
    dsg.find().forEachRemaining(q -> {
      byGraph.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(q);
      String p = q.getPredicate().getURI();
      Node o = q.getObject();
      if (LABELS.contains(p) && o.isLiteral()) {
        labels.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(norm(o.getLiteralLexicalForm()));
      } else if (p.equals(RDF_TYPE) && o.isURI()) {
        types.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(o.getURI());
      } else if (p.equals(DCT_SOURCE) && o.isLiteral()) {
        source.put(q.getSubject(), o.getLiteralLexicalForm());
      } else if (p.equals(DCT_LANGUAGE) && o.isLiteral()) {
        language.put(q.getSubject(), o.getLiteralLexicalForm());
      }
    });
  }

  /** The reference scorer's normalisation: no accents, lower case, only [0-9a-z] words. */
  public static String norm(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.ENCLOSING_MARK
          && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
        sb.append(c);
      }
    }
    String low = sb.toString().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", " ");
    return String.join(" ", low.trim().split("\\s+")).trim();
  }

  /** The article node whose dcterms:source is the file name (or ends with /name), or null. */
  public Node article(String filename) {
    for (Map.Entry<Node, String> e : source.entrySet()) {
      if (e.getValue().equals(filename) || e.getValue().endsWith("/" + filename)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The language of the article a gold file describes ("?" when it is not in the graph). */
  public String languageOf(Gold g) {
    Node a = article(g.article());
    return a == null ? "?" : language.getOrDefault(a, "?");
  }

  /** Scores one article; {@code log} receives the misses and false positives (or null). */
  public Map<String, Counts> score(Gold gold, Consumer<String> log) {
    Map<String, Counts> counts = new LinkedHashMap<>();
    for (String k : KINDS) {
      counts.put(k, new Counts());
    }
    if (gold.facts().stream().anyMatch(f -> f.kind().equals(EVENT))) {
      counts.put(EVENT, new Counts());
    }
    Node art = article(gold.article());
    if (art == null) {
      if (log != null) {
        log.accept("  " + gold.article() + ": no ir:Article with that dcterms:source in the graph");
      }
      for (Gold.Fact f : gold.facts()) {
        counts.computeIfAbsent(f.kind(), k -> new Counts()).fn++;
      }
      counts.get("actor").fn += gold.actors().size();
      return counts;
    }
    new ArticleScore(this, gold, art, byGraph.getOrDefault(art, List.of()), log).run(counts);
    return counts;
  }

  Set<String> names(Node n) {
    return labels.getOrDefault(n, Set.of());
  }

  Set<String> typesOf(Node n) {
    return types.getOrDefault(n, Set.of());
  }

  static String ir(String local) {
    return IR + local;
  }

  static boolean isRelation(String predicateUri) {
    return predicateUri.startsWith(IR) && RELATIONS.contains(predicateUri.substring(IR.length()));
  }
}
