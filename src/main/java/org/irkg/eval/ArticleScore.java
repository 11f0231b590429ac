package org.irkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** The reference scorer's rules for one article's graph (see Scorer). */
final class ArticleScore {
  private final Scorer kg;
  private final Gold gold;
  private final Node art;
  private final List<Quad> quads;
  private final Consumer<String> log;
  private final Map<Node, Map<String, List<Node>>> out = new HashMap<>();
  private final Map<Node, Set<String>> types = new HashMap<>();

  ArticleScore(Scorer kg, Gold gold, Node art, List<Quad> quads, Consumer<String> log) {
    this.kg = kg;
    this.gold = gold;
    this.art = art;
    this.quads = quads;
    this.log = log;
    for (Quad q : quads) {
      out.computeIfAbsent(q.getSubject(), k -> new HashMap<>())
          .computeIfAbsent(q.getPredicate().getURI(), k -> new ArrayList<>()).add(q.getObject());
      if (q.getPredicate().getURI().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#type") && q.getObject().isURI()) {
        types.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject().getURI());
      }
    }
    for (Node s : out.keySet()) {
      types.computeIfAbsent(s, k -> new HashSet<>()).addAll(kg.typesOf(s));
    }
  }

  void run(Map<String, Scorer.Counts> counts) {
    actors(counts.get("actor"));
    Map<String, List<Object>> preds = new HashMap<>();
    preds.put("member", nodesOf("Membership"));
    preds.put("position", nodesOf("Position"));
    preds.put("meeting", nodesOf("Meeting"));
    preds.put("treaty", nodesOf("Treaty"));
    List<Object> rels = new ArrayList<>();
    for (Quad q : quads) {
      if (Scorer.isRelation(q.getPredicate().getURI())) {
        rels.add(new Node[] {q.getSubject(), q.getPredicate(), q.getObject()});
      }
    }
    preds.put("relation", rels);
    preds.put(Scorer.EVENT, events());
    for (String kind : counts.containsKey(Scorer.EVENT) ? Scorer.ALL_KINDS.subList(1, Scorer.ALL_KINDS.size())
        : List.of("member", "position", "meeting", "treaty", "relation")) {
      List<Object> cands = preds.get(kind);
      Scorer.Counts c = counts.computeIfAbsent(kind, k -> new Scorer.Counts());
      Set<Integer> used = new HashSet<>();
      for (Gold.Fact f : gold.facts()) {
        if (!f.kind().equals(kind)) {
          continue;
        }
        int hit = -1;
        for (int i = 0; i < cands.size() && hit < 0; i++) {
          if (!used.contains(i) && matches(kind, f.fields(), cands.get(i))) {
            hit = i;
          }
        }
        if (hit < 0) {
          c.fn++;
          String cause = cause(kind, f.fields(), cands);
          switch (cause) {
            case "actor not found" -> c.fnActor++;
            case "wrong argument" -> c.fnArgument++;
            default -> c.fnCue++;
          }
          say("    FN " + kind + " " + f.fields() + "  (" + cause + ")");
        } else {
          used.add(hit);
          c.tp++;
        }
      }
      for (int i = 0; i < cands.size(); i++) {
        if (!used.contains(i)) {
          c.fp++;
          Object x = cands.get(i);
          say("    FP " + kind + " " + (x instanceof Node[] t
              ? t[0] + " " + t[1].getLocalName() + " " + t[2] : x instanceof EventKey e ? e : x + " " + kg.names((Node) x)));
        }
      }
    }
  }

  private void actors(Scorer.Counts c) {
    Set<Node> mentioned = new LinkedHashSet<>();
    for (Quad q : quads) {
      if (q.getSubject().equals(art) && q.getPredicate().getURI().equals(Scorer.ir("mentions"))
          && !q.getObject().isLiteral()) {
        mentioned.add(q.getObject());
      }
    }
    Set<String> matched = new HashSet<>();
    for (Node a : mentioned) {
      List<String> hit = new ArrayList<>();
      for (Map.Entry<String, Set<String>> g : gold.actors().entrySet()) {
        if (intersects(kg.names(a), g.getValue())) {
          hit.add(g.getKey());
        }
      }
      if (hit.isEmpty()) {
        c.fp++;
        say("    FP actor " + a + " " + kg.names(a));
      } else {
        matched.addAll(hit);
      }
    }
    c.tp += matched.size();
    c.fn += gold.actors().size() - matched.size();
    for (String g : gold.actors().keySet()) {
      if (!matched.contains(g)) {
        say("    FN actor " + g);
      }
    }
  }

  /**
   * Why a gold fact was missed: one of its actors is not found in the article at all; or a fact of
   * its kind is about some of its actors but another argument (or predicate) is wrong; or none is
   * about them (no cue was read).
   */
  private String cause(String kind, List<String> f, List<Object> cands) {
    List<String> args = switch (kind) {
      case "member", "position" -> List.of(f.get(0), f.get(1));
      case "meeting" -> List.of(f.get(2).split(";"));
      case "treaty" -> f.size() > 2 ? List.of(f.get(2).split(";")) : List.of();
      case "relation", Scorer.EVENT -> List.of(f.get(kind.equals("relation") ? 1 : 0), f.get(kind.equals("relation") ? 2 : 1));
      default -> List.of();
    };
    Set<Node> mentioned = new HashSet<>();
    for (Quad q : quads) {
      if (q.getSubject().equals(art) && q.getPredicate().getURI().equals(Scorer.ir("mentions"))) {
        mentioned.add(q.getObject());
      }
    }
    for (String a : args) {
      if (!a.isBlank() && !a.equals("-") && mentioned.stream().noneMatch(n -> is(n, a))) {
        return "actor not found";
      }
    }
    for (Object cand : cands) {
      List<Node> nodes = new ArrayList<>();
      if (cand instanceof Node[] t) {
        nodes.add(t[0]);
        nodes.add(t[2]);
      } else if (cand instanceof EventKey e) {
        nodes.add(e.source());
        nodes.add(e.target());
      } else {
        Node n = (Node) cand;
        for (String p : List.of("member", "organization", "holder", "roleOf", "participant", "organizer", "party")) {
          nodes.addAll(one(n, p));
        }
      }
      for (String a : args) {
        if (!a.isBlank() && !a.equals("-") && nodes.stream().anyMatch(n -> is(n, a))) {
          return "wrong argument";
        }
      }
    }
    return "no cue";
  }

  /**
   * What a coded event is scored as: its source, target and CAMEO root, with the dates of the
   * nodes that give it (two codes of one root between the same actors, "042" and "040", are one
   * event at the root; the two sides of a consultation, of cooperation (as ir:cooperatesWith,
   * symmetric) and of a fight are unordered).
   */
  record EventKey(Node source, Node target, String root, List<String> dates) {
    static final Set<String> UNORDERED = Set.of("03", "04", "05", "06", "19");

    @Override
    public String toString() {
      return source + " " + root + " " + target + " " + dates;
    }
  }

  private List<Object> events() {
    Map<List<Object>, EventKey> keys = new java.util.LinkedHashMap<>();
    for (Object o : nodesOf("CodedEvent")) {
      Node n = (Node) o;
      List<Node> src = one(n, "sourceActor");
      List<Node> tgt = one(n, "targetActor");
      List<Node> root = one(n, "cameoRoot");
      if (src.isEmpty() || tgt.isEmpty() || root.isEmpty()) {
        continue;
      }
      Node s = src.get(0);
      Node t = tgt.get(0);
      String r = root.get(0).getLiteralLexicalForm();
      if (EventKey.UNORDERED.contains(r) && s.toString().compareTo(t.toString()) > 0) {
        Node x = s;
        s = t;
        t = x;
      }
      EventKey k = keys.computeIfAbsent(List.of(s, t, r), x -> new EventKey((Node) x.get(0), (Node) x.get(1), r, new ArrayList<>()));
      one(n, "date").forEach(d -> k.dates().add(d.isLiteral() ? d.getLiteralLexicalForm() : d.toString()));
    }
    return new ArrayList<>(keys.values());
  }

  private List<Object> nodesOf(String cls) {
    List<Object> r = new ArrayList<>();
    for (Node s : out.keySet()) {
      if (types.getOrDefault(s, Set.of()).contains(Scorer.ir(cls))) {
        r.add(s);
      }
    }
    return r;
  }

  private List<Node> one(Node n, String prop) {
    return out.getOrDefault(n, Map.of()).getOrDefault(Scorer.ir(prop), List.of());
  }

  private boolean is(Node node, String goldName) {
    Set<String> aliases = new HashSet<>();
    List<String> parts = new ArrayList<>();
    parts.add(goldName);
    parts.addAll(List.of(goldName.split("\\|")));
    for (String p : parts) {
      aliases.addAll(gold.actors().getOrDefault(p, Set.of()));
    }
    for (String x : goldName.split("\\|")) {
      aliases.add(Scorer.norm(x));
    }
    return intersects(kg.names(node), aliases);
  }

  private boolean matches(String kind, List<String> f, Object cand) {
    switch (kind) {
      case "member" -> {
        Node n = (Node) cand;
        boolean yes = !f.get(2).trim().equalsIgnoreCase("no");
        List<Node> pol = one(n, "polarity").stream().filter(Node::isLiteral).toList();
        boolean polYes = pol.isEmpty() || Set.of("true", "1").contains(pol.get(0).getLiteralLexicalForm().toLowerCase());
        return one(n, "member").stream().anyMatch(m -> is(m, f.get(0)))
            && one(n, "organization").stream().anyMatch(m -> is(m, f.get(1))) && polYes == yes;
      }
      case "position" -> {
        Node n = (Node) cand;
        return one(n, "holder").stream().anyMatch(m -> is(m, f.get(0)))
            && one(n, "roleOf").stream().anyMatch(m -> is(m, f.get(1)));
      }
      case "meeting" -> {
        Node n = (Node) cand;
        String place = f.get(0);
        String date = f.get(1);
        List<String> parts = new ArrayList<>();
        for (String p : f.get(2).split(";")) {
          if (!p.isEmpty()) {
            parts.add(p);
          }
        }
        List<Node> got = new ArrayList<>(one(n, "participant"));
        got.addAll(one(n, "organizer"));
        long hits = parts.stream().filter(p -> got.stream().anyMatch(m -> is(m, p))).count();
        boolean placeOk = place.isEmpty() || place.equals("-") || one(n, "place").stream().anyMatch(m -> is(m, place));
        boolean dateOk = date.isEmpty() || date.equals("-") || one(n, "date").stream()
            .anyMatch(d -> (d.isLiteral() ? d.getLiteralLexicalForm() : d.toString()).startsWith(date));
        return hits * 2 >= parts.size() && placeOk && dateOk;
      }
      case "treaty" -> {
        Set<String> aliases = new HashSet<>();
        for (String x : f.get(0).split("\\|")) {
          aliases.add(Scorer.norm(x));
        }
        Set<String> own = kg.names((Node) cand);
        if (intersects(own, aliases)) {
          return true;
        }
        for (String a : aliases) {
          for (String n : own) {
            if (n.length() > 3 && a.length() > 3 && (n.contains(a) || a.contains(n))) {
              return true;
            }
          }
        }
        return false;
      }
      case "relation" -> {
        Node[] t = (Node[]) cand;
        return t[1].getLocalName().equals(f.get(0)) && is(t[0], f.get(1)) && is(t[2], f.get(2));
      }
      case Scorer.EVENT -> {
        EventKey e = (EventKey) cand;
        String date = f.size() > 3 ? f.get(3).trim() : "-";
        boolean sides = is(e.source(), f.get(0)) && is(e.target(), f.get(1))
            || EventKey.UNORDERED.contains(e.root()) && is(e.source(), f.get(1)) && is(e.target(), f.get(0));
        return sides && e.root().equals(f.get(2).trim())
            && (date.isEmpty() || date.equals("-") || e.dates().stream().anyMatch(d -> d.startsWith(date)));
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private void say(String s) {
    if (log != null) {
      log.accept(s);
    }
  }
}
