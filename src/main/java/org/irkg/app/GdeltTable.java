package org.irkg.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.rdf.Vocab;
import org.irkg.store.Tdb2Store;

/**
 * The coded events as GDELT 2.0's event table ({@code irkg export --format gdelt}): its 61 columns
 * in its order, tab-separated, no header unless asked, empty where irkg has nothing (tone, actor
 * types, coordinates, FIPS geography). The same event (day, source, target, code) told by several
 * articles is one row whose NumMentions, NumSources and NumArticles count them. Read article by
 * article with the graph API; the rows are held until written, one per distinct event.
 */
public final class GdeltTable {
  public static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  /** Known groups of CAMEO (IGO, NGO ... are sectors; these are the named groups GDELT fills in). */
  private static final Set<String> KNOWN_GROUPS = Set.of("NAT", "UNO", "EEC", "EUR", "AFR", "ARL", "OPC", "ASN",
      "SCO", "WTO", "IMF", "WBK", "OAS", "GCC", "CIS", "AMN", "HRW", "ICG", "IRC", "MSF", "OIC", "BIS", "IAE", "CPA");

  private GdeltTable() {}

  /** One row: the event, and what the articles that tell it add up to. */
  private static final class Row {
    final String day;
    final String code;
    final Node a1;
    final Node a2;
    String quad = "";
    String goldstein = "";
    String place;
    boolean root;
    int mentions;
    final Set<String> articles = new TreeSet<>();
    final Set<String> sources = new TreeSet<>();
    String url;
    String added;

    Row(String day, String code, Node a1, Node a2) {
      this.day = day;
      this.code = code;
      this.a1 = a1;
      this.a2 = a2;
    }
  }

  /** Writes the table; returns the number of rows. */
  public static int write(Tdb2Store store, OutputStream out, boolean header) {
    PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (header) {
      w.print(String.join("\t", COLUMNS) + "\n");
    }
    int n = store.read(ds -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      Map<String, Row> rows = new TreeMap<>();
      for (Iterator<Node> gs = dsg.listGraphNodes(); gs.hasNext(); ) {
        Node g = gs.next();
        if (g.isURI() && g.getURI().startsWith(Ids.NS + "article/")) {
          read(dsg, g, rows);
        }
      }
      ActorCodes codes = new ActorCodes(dsg);
      for (Row r : rows.values()) {
        w.print(line(r, codes, dsg) + "\n");
      }
      return rows.size();
    });
    w.flush();
    return n;
  }

  private static void read(DatasetGraph dsg, Node g, Map<String, Row> rows) {
    String published = literal(dsg, g, g, Vocab.DCT_DATE);
    String url = literal(dsg, g, g, Vocab.SCHEMA_URL);
    String source = url != null ? url : literal(dsg, g, g, Vocab.DCT_SOURCE);
    for (Iterator<Quad> it = dsg.find(g, Node.ANY, Vocab.TYPE, Vocab.CODED_EVENT); it.hasNext(); ) {
      Node e = it.next().getSubject();
      Node a1 = node(dsg, g, e, Vocab.SOURCE_ACTOR);
      Node a2 = node(dsg, g, e, Vocab.TARGET_ACTOR);
      String code = literal(dsg, g, e, Vocab.CAMEO_CODE);
      String day = day(literal(dsg, g, e, Vocab.DATE), published);
      if (a1 == null || a2 == null || code == null || day == null) {
        continue; // an event with no day cannot be put on GDELT's calendar
      }
      Row r = rows.computeIfAbsent(day + " " + a1.getURI() + " " + a2.getURI() + " " + code, k -> new Row(day, code, a1, a2));
      r.quad = orEmpty(literal(dsg, g, e, Vocab.QUAD_CLASS));
      r.goldstein = orEmpty(literal(dsg, g, e, Vocab.GOLDSTEIN));
      if (r.place == null) {
        Node p = node(dsg, g, e, Vocab.PLACE_P);
        r.place = p == null ? null : p.getURI();
      }
      Iterator<Quad> ev = dsg.find(g, e, Vocab.EVIDENCE, Node.ANY);
      while (ev.hasNext()) {
        ev.next();
        r.mentions++;
      }
      String start = literal(dsg, g, e, Vocab.CHAR_START);
      r.root |= start != null && Integer.parseInt(start) < 400; // the title and the lead, as GDELT's IsRootEvent
      if (r.articles.add(g.getURI()) && (r.url == null || source != null && source.compareTo(r.url) < 0)) {
        r.url = source;
      }
      r.sources.add(host(source));
      String added = published == null ? null : published.replace("-", "").substring(0, 8) + "000000";
      if (added != null && (r.added == null || added.compareTo(r.added) < 0)) {
        r.added = added;
      }
    }
  }

  private static String line(Row r, ActorCodes codes, DatasetGraph dsg) {
    LocalDate d = LocalDate.parse(r.day);
    List<String> c = new ArrayList<>(COLUMNS.size());
    c.add(Long.toString(eventId(r.day + r.a1.getURI() + r.a2.getURI() + r.code)));
    c.add(r.day.replace("-", ""));
    c.add(r.day.substring(0, 7).replace("-", ""));
    c.add(r.day.substring(0, 4));
    c.add(String.format(java.util.Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
    actor(c, r.a1, d, codes, dsg);
    actor(c, r.a2, d, codes, dsg);
    c.add(r.root ? "1" : "0");
    c.add(r.code);
    c.add(r.code.length() > 3 ? r.code.substring(0, 3) : r.code);
    c.add(r.code.substring(0, 2));
    c.add(r.quad);
    c.add(r.goldstein);
    c.add(Integer.toString(r.mentions));
    c.add(Integer.toString(r.sources.size()));
    c.add(Integer.toString(r.articles.size()));
    c.add(""); // AvgTone: irkg does not measure tone
    for (int i = 0; i < 16; i++) {
      c.add(""); // the actors' own geography: irkg places events, not actors
    }
    c.add(r.place == null ? "" : "4"); // ActionGeo_Type 4: a city or landmark
    c.add(r.place == null ? "" : placeName(dsg, r.place));
    for (int i = 0; i < 6; i++) {
      c.add(""); // FIPS country and ADM codes, coordinates and feature ids: not in irkg's gazetteer
    }
    c.add(orEmpty(r.added));
    c.add(orEmpty(r.url));
    return String.join("\t", c.stream().map(x -> x.replace('\t', ' ').replace('\n', ' ')).toList());
  }

  /** The ten actor columns: code, name, country, known group, then empty ethnic, religion and type codes. */
  private static void actor(List<String> c, Node a, LocalDate day, ActorCodes codes, DatasetGraph dsg) {
    String code = codes.codeOn(a, day);
    String country = codes.country(a);
    c.add(code);
    c.add(FactTable.name(dsg, a).toUpperCase(java.util.Locale.ROOT));
    c.add(country);
    String group = code.startsWith("IGO") || code.startsWith("NGO") ? code.substring(3, Math.min(6, code.length())) : "";
    c.add(KNOWN_GROUPS.contains(group) ? group : "");
    for (int i = 0; i < 6; i++) {
      c.add("");
    }
  }

  private static String placeName(DatasetGraph dsg, String place) {
    Node p = org.apache.jena.graph.NodeFactory.createURI(place);
    String name = FactTable.name(dsg, p);
    Iterator<Quad> in = dsg.find(Node.ANY, p, Vocab.LOCATED_IN, Node.ANY);
    return in.hasNext() ? name + ", " + FactTable.name(dsg, in.next().getObject()) : name;
  }

  /** The event's day: its own date when it names one, else the article's (GDELT dates events by the report). */
  static String day(String date, String published) {
    if (date != null && date.length() == 10) {
      return date;
    }
    if (published != null && published.length() >= 10 && (date == null || published.startsWith(date))) {
      return published.substring(0, 10);
    }
    if (date != null && date.length() == 7) {
      return date + "-01";
    }
    return date != null && date.length() == 4 ? date + "-01-01" : null;
  }

  /** A stable positive id below 2^53 (a spreadsheet or JavaScript reads it exactly). */
  static long eventId(String key) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v & ((1L << 53) - 1);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String host(String source) {
    if (source == null) {
      return "";
    }
    try {
      String h = java.net.URI.create(source).getHost();
      return h == null ? source : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return source;
    }
  }

  private static Node node(DatasetGraph dsg, Node g, Node s, Node p) {
    Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
    Node o = node(dsg, g, s, p);
    return o == null || !o.isLiteral() ? null : o.getLiteralLexicalForm();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The CAMEO actor codes of the background graph, read once per actor. */
  private static final class ActorCodes {
    private final DatasetGraph dsg;
    private final Map<Node, String> countries = new HashMap<>();

    ActorCodes(DatasetGraph dsg) {
      this.dsg = dsg;
    }

    /**
     * The actor's code on that day: the dated role that covers the day (a president's USAGOV),
     * else its undated code, else its country's code; "" when none is known.
     */
    String codeOn(Node a, LocalDate day) {
      for (Iterator<Quad> it = dsg.find(Node.ANY, a, Vocab.CODED_ROLE, Node.ANY); it.hasNext(); ) {
        Node role = it.next().getObject();
        String from = any(role, Vocab.START_DATE);
        String to = any(role, Vocab.END_DATE);
        if ((from == null || from.compareTo(day.toString()) <= 0) && (to == null || to.compareTo(day.toString()) >= 0)) {
          String code = any(role, Vocab.ACTOR_CODE);
          if (code != null) {
            return code;
          }
        }
      }
      String code = any(a, Vocab.ACTOR_CODE);
      return code != null ? code : country(a);
    }

    /** The ISO code of the actor (a state) or of its state (a body, a person's nationality); "" when unknown. */
    String country(Node a) {
      return countries.computeIfAbsent(a, x -> {
        String iso = any(x, Vocab.ISO_CODE);
        for (Node p : List.of(Vocab.STATE_OF, Vocab.NATIONALITY)) {
          Iterator<Quad> it = dsg.find(Node.ANY, x, p, Node.ANY);
          if (iso == null && it.hasNext()) {
            iso = any(it.next().getObject(), Vocab.ISO_CODE);
          }
        }
        return iso == null ? "" : iso;
      });
    }

    private String any(Node s, Node p) {
      Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
      Node o = it.hasNext() ? it.next().getObject() : null;
      return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }
  }
}
