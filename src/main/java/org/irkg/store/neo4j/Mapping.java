package org.irkg.store.neo4j;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.irkg.rdf.Vocab;

/**
 * How RDF becomes a property graph; README.md ("Neo4j") documents these rules for users.
 *
 * <ul>
 *   <li>a resource with an rdf:type is a node labelled {@code Resource} plus the local names of its
 *       classes, with its IRI in {@code uri} and the graphs that describe it in {@code graphs};
 *   <li>a literal goes to a property named after the predicate's local name, a language-tagged one
 *       to {@code key_LANG}; the bare key holds the untagged value, else the preferred language's
 *       (rdfs:label is special: {@code label_LANG}, and the bare key is {@code name});
 *   <li>an IRI that is not a resource (owl:sameAs to Wikidata) is a property holding the IRI;
 *   <li>a predicate between resources is a relationship named in upper snake case.
 * </ul>
 */
final class Mapping {
  static final String RESOURCE = "Resource";

  /** The language whose value a bare key holds when there is no untagged one; then alphabetical. */
  private static final List<String> PREFERRED = List.of("en", "fr");

  /** Predicates whose values are lists even when there is one, so queries can always UNWIND them. */
  private static final Set<Node> LISTS = Set.of(Vocab.ALT_LABEL, Vocab.EVIDENCE, Vocab.NAME_KEY);

  private static final Set<String> INTEGERS = Set.of(XSDDatatype.XSDinteger, XSDDatatype.XSDlong,
          XSDDatatype.XSDint, XSDDatatype.XSDshort, XSDDatatype.XSDbyte, XSDDatatype.XSDnonNegativeInteger,
          XSDDatatype.XSDpositiveInteger, XSDDatatype.XSDnonPositiveInteger, XSDDatatype.XSDnegativeInteger,
          XSDDatatype.XSDunsignedLong, XSDDatatype.XSDunsignedInt, XSDDatatype.XSDunsignedShort,
          XSDDatatype.XSDunsignedByte).stream().map(XSDDatatype::getURI).collect(java.util.stream.Collectors.toSet());
  private static final Set<String> FLOATS = Set.of(XSDDatatype.XSDdecimal.getURI(), XSDDatatype.XSDdouble.getURI(),
      XSDDatatype.XSDfloat.getURI());
  private static final Set<String> YEARS = Set.of(XSDDatatype.XSDdate.getURI(), XSDDatatype.XSDgYear.getURI(),
      XSDDatatype.XSDgYearMonth.getURI());

  private static final Comparator<Node> LEXICAL = Comparator.comparing(Node::getLiteralLexicalForm)
      .thenComparing(Node::getLiteralDatatypeURI);

  private Mapping() {}

  static String localName(String iri) {
    int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
  }

  /** The label of an ontology class: its local name ({@code ir:State} is {@code State}). */
  static String label(Node cls) {
    return localName(cls.getURI());
  }

  /** The relationship type of a predicate: {@code ir:cooperatesWith} is {@code COOPERATES_WITH}. */
  static String relType(Node predicate) {
    String s = localName(predicate.getURI());
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(s.charAt(i - 1)) && s.charAt(i - 1) != '_') {
        b.append('_');
      }
      b.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return b.toString();
  }

  /** A name for Cypher text: back-quoted, so any label or type is safe to splice. */
  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** A literal as a Neo4j value: dates stay dates, numbers and booleans keep their type. */
  static Object value(Node literal) {
    String lex = literal.getLiteralLexicalForm();
    String dt = literal.getLiteralDatatypeURI();
    try {
      if (dt.equals(XSDDatatype.XSDdate.getURI())) {
        return LocalDate.parse(lex);
      } else if (dt.equals(XSDDatatype.XSDboolean.getURI())) {
        return lex.equals("true") || lex.equals("1");
      } else if (INTEGERS.contains(dt)) {
        return Long.parseLong(lex.startsWith("+") ? lex.substring(1) : lex);
      } else if (FLOATS.contains(dt)) {
        return Double.parseDouble(lex);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // a date with a time zone, an integer past 64 bits: kept as written rather than lost
    }
    return lex;
  }

  /** The year of an xsd:date, gYear or gYearMonth, or null. */
  static Long year(Node literal) {
    if (!YEARS.contains(literal.getLiteralDatatypeURI())) {
      return null;
    }
    String lex = literal.getLiteralLexicalForm();
    int end = lex.indexOf('-', 1);
    try {
      return Long.parseLong(end < 0 ? lex : lex.substring(0, end));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The properties of a resource from every quad about it: {@code uri}, {@code graphs}, and one key
   * per literal predicate (and language); types become labels, not properties.
   */
  static Map<String, Object> properties(Node subject, List<Quad> about, Predicate<Node> isResource) {
    Map<Node, Map<String, TreeSet<Node>>> literals = new LinkedHashMap<>();
    Map<Node, TreeSet<String>> iris = new LinkedHashMap<>();
    TreeSet<String> graphs = new TreeSet<>();
    for (Quad q : about) {
      graphs.add(q.getGraph().getURI());
      Node p = q.getPredicate();
      Node o = q.getObject();
      if (o.isLiteral()) {
        literals.computeIfAbsent(p, k -> new TreeMap<>())
            .computeIfAbsent(o.getLiteralLanguage().toLowerCase(), k -> new TreeSet<>(LEXICAL)).add(o);
      } else if (o.isURI() && !p.equals(Vocab.TYPE) && !isResource.test(o)) {
        iris.computeIfAbsent(p, k -> new TreeSet<>()).add(o.getURI());
      }
    }
    Map<String, Object> props = new TreeMap<>();
    literals.forEach((p, byLang) -> literalProperties(p, byLang, props));
    iris.forEach((p, values) -> add(props, localName(p.getURI()), pack(new ArrayList<>(values), false)));
    props.put("uri", subject.getURI());
    props.put("graphs", new ArrayList<>(graphs));
    return props;
  }

  private static void literalProperties(Node p, Map<String, TreeSet<Node>> byLang, Map<String, Object> props) {
    boolean label = p.equals(Vocab.LABEL);
    String base = label ? "label" : localName(p.getURI());
    boolean list = LISTS.contains(p);
    for (Map.Entry<String, TreeSet<Node>> e : byLang.entrySet()) {
      if (!e.getKey().isEmpty()) {
        add(props, base + "_" + e.getKey(), pack(values(e.getValue()), list));
      }
    }
    TreeSet<Node> bare = byLang.containsKey("") ? byLang.get("") : byLang.get(preferred(byLang.keySet()));
    add(props, label ? "name" : base, pack(values(bare), list));
    if (bare.size() == 1 && !list) {
      Long y = year(bare.first());
      if (y != null) {
        add(props, base + "Year", y);
      }
    }
  }

  private static String preferred(Collection<String> langs) {
    for (String l : PREFERRED) {
      if (langs.contains(l)) {
        return l;
      }
    }
    return langs.stream().sorted().findFirst().orElseThrow();
  }

  private static List<Object> values(Collection<Node> literals) {
    return literals.stream().map(Mapping::value).toList();
  }

  /** One value stays a value, unless the predicate is a list one; several are a list. */
  private static Object pack(List<?> values, boolean list) {
    return !list && values.size() == 1 ? values.get(0) : homogeneous(values);
  }

  /** Neo4j stores lists of one type only: mixed values (a date and a year) become their text. */
  private static List<?> homogeneous(List<?> values) {
    boolean mixed = values.stream().map(Object::getClass).distinct().count() > 1;
    return mixed ? values.stream().map(String::valueOf).toList() : values;
  }

  /** Two predicates with one local name (rare) share the key: the values are merged into a list. */
  private static void add(Map<String, Object> props, String key, Object value) {
    props.merge(key, value, (a, b) -> {
      List<Object> all = new ArrayList<>();
      for (Object v : List.of(a, b)) {
        if (v instanceof List<?> l) {
          all.addAll(l);
        } else {
          all.add(v);
        }
      }
      return homogeneous(all.stream().distinct().toList());
    });
  }
}
