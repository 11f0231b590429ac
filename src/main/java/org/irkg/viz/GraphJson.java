package org.irkg.viz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor graph as JSON, for the page: inlined into the exported HTML, or fetched from the
 * server. Strings escape {@code < > &} so the JSON can sit inside a {@code <script>} element
 * without an article's text closing it.
 */
public final class GraphJson {
  private GraphJson() {}

  /**
   * The graph as one JSON object.
   *
   * @param linkBase prefix for article sources that are file names (e.g. {@code ../seeds/articles/}),
   *     so the page can link to them; URLs are linked as they are
   */
  public static String write(ActorGraph g, String linkBase) {
    return write(g, linkBase, Map.of());
  }

  /** The graph as one JSON object, with page settings under {@code meta} (e.g. {@code links}: label to href). */
  public static String write(ActorGraph g, String linkBase, Map<String, String> links) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("meta", map("links", links.entrySet().stream().map(e -> map("label", e.getKey(), "href", e.getValue())).toList()));
    List<Object> kinds = new ArrayList<>();
    for (ActorKind k : ActorKind.ALL) {
      kinds.add(map("key", k.key(), "label", k.label(), "colour", k.colour(), "shape", k.shape()));
    }
    root.put("kinds", kinds);
    List<EdgeKind> edgeKinds = new ArrayList<>(EdgeKind.ALL);
    g.edges().stream().map(ActorGraph.Edge::kind).filter(k -> !edgeKinds.contains(k)).distinct().forEach(edgeKinds::add);
    root.put("edgeKinds", edgeKinds.stream()
        .map(k -> map("key", k.key(), "label", k.label(), "colour", k.colour(), "directed", k.directed())).toList());
    root.put("articles", g.articles().stream().map(a -> map("iri", a.iri(), "title", a.title(), "source", a.source(),
        "href", href(a.source(), linkBase), "lang", a.lang(), "date", a.date())).toList());
    root.put("nodes", g.nodes().stream().map(n -> map("id", n.iri(), "label", n.label(), "name", n.name(),
        "kind", n.kind().key(), "mentions", n.mentions(), "langs", n.languages(), "first", n.firstDate(),
        "last", n.lastDate(), "articles", n.articles(), "facts", n.facts(), "names", n.names())).toList());
    List<Object> edges = new ArrayList<>();
    for (int i = 0; i < g.edges().size(); i++) {
      ActorGraph.Edge e = g.edges().get(i);
      edges.add(map("id", "e" + i, "source", e.source(), "target", e.target(), "kind", e.kind().key(),
          "negated", e.negated(), "facts", e.facts()));
    }
    root.put("edges", edges);
    root.put("facts", g.facts().stream().map(f -> map("iri", f.iri(), "type", f.type(), "summary", f.summary(),
        "evidence", f.evidence(), "article", f.article(), "confidence", f.confidence(), "date", f.date())).toList());
    StringBuilder sb = new StringBuilder(1 << 16);
    value(sb, root);
    return sb.toString();
  }

  /**
   * Where a link to an article goes: a web URL as it is, a file name under {@code linkBase};
   * anything else with a scheme ({@code javascript:}, {@code data:}) gets no link at all.
   */
  static String href(String source, String linkBase) {
    if (source == null || source.isBlank()) {
      return null;
    }
    if (source.matches("(?i)https?://\\S+")) {
      return source;
    }
    if (source.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
      return null;
    }
    String base = linkBase == null ? "" : linkBase;
    // encode what a browser would misread in a path; keep '/' and '#' (a JSON Lines source is file#id)
    return base + source.replace("%", "%25").replace(" ", "%20").replace("?", "%3F").replace("\"", "%22");
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static void value(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (var e : m.entrySet()) {
        if (e.getValue() == null) {
          continue; // absent beats null: the page tests for presence
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, (String) e.getKey());
        sb.append(':');
        value(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        value(sb, o);
      }
      sb.append(']');
    } else {
      string(sb, v.toString());
    }
  }

  /** A JSON string literal that is also safe inside an HTML {@code <script>} element. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    string(sb, s);
    return sb.toString();
  }

  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
