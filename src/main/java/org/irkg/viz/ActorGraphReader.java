package org.irkg.viz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.irkg.store.Tdb2Store;

/**
 * Builds the {@link ActorGraph} from the store by SPARQL over the union graph. All queries run
 * in one read transaction, so the graph is one consistent snapshot even while an ingest commits.
 */
public final class ActorGraphReader {
  private static final String PREFIXES = """
      PREFIX ir: <https://w3id.org/irkg/ontology#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;
  private static final String ARTICLES = """
      SELECT ?art ?title (COALESCE(?url, ?src) AS ?source) ?lang ?date WHERE {
        ?art a ir:Article .
        OPTIONAL { ?art dcterms:title ?title } OPTIONAL { ?art dcterms:source ?src }
        OPTIONAL { ?art <https://schema.org/url> ?url }
        OPTIONAL { ?art dcterms:language ?lang } OPTIONAL { ?art dcterms:date ?date }
      }""";
  private static final String MENTIONS = "SELECT DISTINCT ?art ?x WHERE { ?art ir:mentions ?x }";
  private static final String TYPES = "SELECT DISTINCT ?x ?type WHERE { ?art ir:mentions ?x . ?x a ?type }";
  // places are labelled too: a meeting's summary says where it was
  private static final String LABELS = """
      SELECT DISTINCT ?x ?p ?l WHERE {
        { ?art ir:mentions ?x } UNION { ?f ir:source ?a2 ; ir:place ?x }
        VALUES ?p { rdfs:label skos:altLabel }
        ?x ?p ?l
      }""";
  private static final String FACTS = """
      SELECT ?fact ?class ?art ?conf ?date ?pol ?role ?pred ?label ?place ?quad ?code WHERE {
        VALUES ?class { ir:Membership ir:Position ir:Meeting ir:Treaty ir:Relation ir:CodedEvent }
        ?fact a ?class ; ir:source ?art .
        OPTIONAL { ?fact ir:confidence ?conf } OPTIONAL { ?fact ir:date ?date }
        OPTIONAL { ?fact ir:polarity ?pol } OPTIONAL { ?fact ir:role ?role }
        OPTIONAL { ?fact rdf:predicate ?pred } OPTIONAL { ?fact rdfs:label ?label }
        OPTIONAL { ?fact ir:place ?place }
        OPTIONAL { ?fact ir:quadClass ?quad } OPTIONAL { ?fact ir:cameoCode ?code }
      }""";
  private static final String EVIDENCE = "SELECT ?fact ?ev WHERE { ?fact ir:source ?art ; ir:evidence ?ev }";
  private static final String ROLES = """
      SELECT DISTINCT ?fact ?p ?x WHERE {
        VALUES ?p { ir:member ir:organization ir:holder ir:roleOf ir:participant ir:party rdf:subject rdf:object
                    ir:sourceActor ir:targetActor }
        ?fact ir:source ?art ; ?p ?x .
      }""";

  private ActorGraphReader() {}

  /** Reads the actor graph of a store. */
  public static ActorGraph read(Tdb2Store store) {
    return store.read(ActorGraphReader::read);
  }

  /** Reads the actor graph of a dataset whose default graph is the union of its graphs; call in a read transaction. */
  public static ActorGraph read(Dataset ds) {
    // articles, by IRI
    Map<String, ActorGraph.Article> articles = new TreeMap<>();
    select(ds, ARTICLES, s -> articles.putIfAbsent(iri(s, "art"), new ActorGraph.Article(iri(s, "art"),
        text(s, "title"), text(s, "source"), text(s, "lang"), text(s, "date"))));
    List<String> articleIris = new ArrayList<>(articles.keySet());
    Map<String, Integer> articleIndex = index(articleIris);

    // actors: whatever an article mentions
    Map<String, Set<Integer>> mentionedBy = new TreeMap<>();
    select(ds, MENTIONS, s -> {
      Integer a = articleIndex.get(iri(s, "art"));
      if (a != null && s.get("x").isURIResource()) {
        mentionedBy.computeIfAbsent(iri(s, "x"), k -> new TreeSet<>()).add(a);
      }
    });
    Map<String, String> kinds = new HashMap<>();
    select(ds, TYPES, s -> {
      String local = local(iri(s, "type"));
      int r = ActorKind.rank(local);
      String old = kinds.get(iri(s, "x"));
      if (r >= 0 && (old == null || r < ActorKind.rank(old))) {
        kinds.put(iri(s, "x"), local);
      }
    });
    Labels labels = new Labels();
    select(ds, LABELS, s -> labels.add(iri(s, "x"), local(iri(s, "p")).equals("label"), s.getLiteral("l")));

    // facts, by IRI, with their evidence and the actors in each role
    Map<String, QuerySolution> factRows = new TreeMap<>();
    select(ds, FACTS, s -> factRows.putIfAbsent(iri(s, "fact"), s));
    Map<String, List<String>> evidence = new HashMap<>();
    select(ds, EVIDENCE, s -> evidence.computeIfAbsent(iri(s, "fact"), k -> new ArrayList<>()).add(text(s, "ev")));
    Map<String, Map<String, List<String>>> roles = new HashMap<>();
    select(ds, ROLES, s -> {
      if (s.get("x").isURIResource()) {
        roles.computeIfAbsent(iri(s, "fact"), k -> new HashMap<>())
            .computeIfAbsent(local(iri(s, "p")), k -> new ArrayList<>()).add(iri(s, "x"));
      }
    });

    List<ActorGraph.Fact> facts = new ArrayList<>();
    Map<String, List<Integer>> factsOfNode = new HashMap<>();
    Map<String, List<Integer>> factsOfEdge = new LinkedHashMap<>();
    for (var e : factRows.entrySet()) {
      QuerySolution s = e.getValue();
      Integer art = articleIndex.get(iri(s, "art"));
      if (art == null) {
        continue;
      }
      Map<String, List<String>> r = roles.getOrDefault(e.getKey(), Map.of());
      r.values().forEach(list -> list.sort(null));
      Fact f = new Fact(local(iri(s, "class")), r, s, labels);
      int fi = facts.size();
      facts.add(new ActorGraph.Fact(e.getKey(), f.type, f.summary(), evidence.getOrDefault(e.getKey(), List.of()),
          art, s.contains("conf") ? s.getLiteral("conf").getDouble() : null, text(s, "date")));
      for (List<String> actors : r.values()) {
        for (String x : actors) {
          if (mentionedBy.containsKey(x)) {
            List<Integer> list = factsOfNode.computeIfAbsent(x, k -> new ArrayList<>());
            if (!list.contains(fi)) {
              list.add(fi);
            }
          }
        }
      }
      // an edge needs both ends drawn: the node set is exactly the actors mentioned
      f.edges(edge -> {
        if (mentionedBy.containsKey(edge[1]) && mentionedBy.containsKey(edge[2]) && !edge[1].equals(edge[2])) {
          factsOfEdge.computeIfAbsent(String.join("\t", edge), k -> new ArrayList<>()).add(fi);
        }
      });
    }

    List<ActorGraph.Node> nodes = new ArrayList<>();
    for (var e : mentionedBy.entrySet()) {
      String x = e.getKey();
      List<Integer> arts = List.copyOf(e.getValue());
      Set<String> langs = new TreeSet<>();
      TreeSet<String> dates = new TreeSet<>();
      for (int a : arts) {
        ActorGraph.Article ar = articles.get(articleIris.get(a));
        if (ar.lang() != null) {
          langs.add(ar.lang());
        }
        if (ar.date() != null) {
          dates.add(ar.date());
        }
      }
      nodes.add(new ActorGraph.Node(x, labels.shortName(x), labels.name(x), ActorKind.of(kinds.getOrDefault(x, "Actor")),
          arts, List.copyOf(factsOfNode.getOrDefault(x, List.of())), labels.all(x), List.copyOf(langs),
          dates.isEmpty() ? null : dates.first(), dates.isEmpty() ? null : dates.last()));
    }
    List<ActorGraph.Edge> edges = new ArrayList<>();
    for (var e : factsOfEdge.entrySet()) {
      String[] k = e.getKey().split("\t");
      edges.add(new ActorGraph.Edge(k[1], k[2], EdgeKind.of(k[0]), k.length > 3, List.copyOf(e.getValue())));
    }
    edges.sort((a, b) -> (a.kind().key() + a.source() + a.target() + a.negated())
        .compareTo(b.kind().key() + b.source() + b.target() + b.negated()));
    return new ActorGraph(List.copyOf(articles.values()), List.copyOf(nodes), List.copyOf(edges), List.copyOf(facts));
  }

  /** One fact row with its roles: what it says, and the edges it makes. */
  private record Fact(String type, Map<String, List<String>> roles, QuerySolution row, Labels labels) {
    List<String> role(String r) {
      return roles.getOrDefault(r, List.of());
    }

    boolean negated() {
      return row.contains("pol") && !row.getLiteral("pol").getBoolean();
    }

    String relation() {
      return row.contains("pred") ? local(row.getResource("pred").getURI()) : "relatedTo";
    }

    /** Edges as {kind, source, target[, "not"]}. */
    void edges(Consumer<String[]> out) {
      switch (type) {
        case "Membership" -> pairs(role("member"), role("organization"), EdgeKind.MEMBERSHIP.key(), out);
        case "Position" -> pairs(role("holder"), role("roleOf"), EdgeKind.POSITION.key(), out);
        case "Meeting" -> clique(role("participant"), EdgeKind.MEETING.key(), out);
        case "Treaty" -> clique(role("party"), EdgeKind.TREATY.key(), out);
        case "Relation" -> pairs(role("subject"), role("object"), relation(), out);
        case "CodedEvent" -> pairs(role("sourceActor"), role("targetActor"), "quad" + text(row, "quad"), out);
        default -> { }
      }
    }

    private void pairs(List<String> from, List<String> to, String kind, Consumer<String[]> out) {
      for (String a : from) {
        for (String b : to) {
          out.accept(negated() ? new String[] {kind, a, b, "not"} : new String[] {kind, a, b});
        }
      }
    }

    private static void clique(List<String> xs, String kind, Consumer<String[]> out) {
      for (int i = 0; i < xs.size(); i++) {
        for (int j = i + 1; j < xs.size(); j++) {
          out.accept(new String[] {kind, xs.get(i), xs.get(j)});
        }
      }
    }

    String summary() {
      String date = row.contains("date") ? " (" + row.get("date").asLiteral().getLexicalForm() + ")" : "";
      return switch (type) {
        case "Membership" -> names("member") + (negated() ? " is not a member of " : " is a member of ") + names("organization");
        case "Position" -> names("holder") + ": " + text(row, "role") + (role("roleOf").isEmpty() ? "" : " of " + names("roleOf"));
        case "Meeting" -> "Meeting" + date + (row.contains("place") ? " in " + labels.name(row.getResource("place").getURI()) : "")
            + ": " + names("participant");
        case "Treaty" -> (row.contains("label") ? text(row, "label") : "Treaty") + date
            + (role("party").isEmpty() ? "" : ": " + names("party"));
        case "Relation" -> names("subject") + " " + EdgeKind.of(relation()).label() + " " + names("object");
        case "CodedEvent" -> names("sourceActor") + " -> " + names("targetActor") + ": CAMEO " + text(row, "code")
            + codeName(text(row, "code")) + date;
        default -> type;
      };
    }

    private static String codeName(String code) {
      org.irkg.lexicon.CameoCodes.Code c = code == null ? null : org.irkg.lexicon.CameoCodes.get().of(code);
      return c == null ? "" : " (" + c.name() + ")";
    }

    private String names(String r) {
      return role(r).stream().map(labels::name).collect(Collectors.joining(", "));
    }
  }

  /** Labels and aliases of actors and places; names prefer English, the project's query language. */
  private static final class Labels {
    private final Map<String, Map<String, String>> preferred = new HashMap<>();
    private final Map<String, Set<String>> all = new HashMap<>();
    private final Map<String, String> acronym = new HashMap<>();

    void add(String x, boolean isLabel, Literal l) {
      String text = l.getLexicalForm();
      all.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(text);
      if (isLabel) {
        preferred.computeIfAbsent(x, k -> new TreeMap<>()).putIfAbsent(l.getLanguage(), text);
      } else if (text.matches("\\p{Lu}[\\p{Lu}\\d-]{1,7}") && (!acronym.containsKey(x) || "en".equals(l.getLanguage()))) {
        acronym.put(x, text);
      }
    }

    String name(String x) {
      Map<String, String> p = preferred.getOrDefault(x, Map.of());
      for (String lang : new String[] {"en", "fr", ""}) {
        if (p.containsKey(lang)) {
          return p.get(lang);
        }
      }
      return p.isEmpty() ? local(x) : p.values().iterator().next();
    }

    /** A long organisation name is drawn as its acronym: "NATO", not five words. */
    String shortName(String x) {
      String n = name(x);
      return n.length() > 24 && acronym.containsKey(x) ? acronym.get(x) : n;
    }

    List<String> all(String x) {
      return List.copyOf(all.getOrDefault(x, Set.of()));
    }
  }

  private static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
    try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
      qe.execSelect().forEachRemaining(row);
    }
  }

  private static Map<String, Integer> index(List<String> xs) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < xs.size(); i++) {
      m.put(xs.get(i), i);
    }
    return m;
  }

  private static String iri(QuerySolution s, String v) {
    RDFNode n = s.get(v);
    return n == null ? null : n.isURIResource() ? n.asResource().getURI() : n.toString();
  }

  private static String text(QuerySolution s, String v) {
    RDFNode n = s.get(v);
    return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  static String local(String iri) {
    int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(i + 1);
  }
}
