package org.irkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;
import org.irkg.lexicon.TsvFile;

/**
 * The bodies of a state that news name by a common noun with the state: "l'armée pakistanaise",
 * "les armées du Nigeria, du Cameroun et du Tchad", "Russian troops", "Iraq's army". Each is one
 * actor per state and kind (irkg/lang/state-bodies.tsv): the gazetteer's body of that state whose
 * name holds a keyword of the kind, else a government body of the state named from the kind's
 * templates, so that "l'armée syrienne" in one article and "the Syrian army" in another are one
 * node.
 */
final class StateBodies {
  private record Kind(String name, List<String> keywords, List<String> en, List<String> fr) {}

  private static final String FILE = "/irkg/lang/state-bodies.tsv";
  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  private final Gazetteer gazetteer;
  private final Map<String, Actor> made = new java.util.concurrent.ConcurrentHashMap<>();

  StateBodies(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (TsvFile.Row r : TsvFile.read(FILE)) {
      kinds.put(r.get(0), new Kind(r.get(0), r.list(1, ","), r.list(2, "|"), r.list(3, "|")));
    }
  }

  /** Mentions of state bodies in the document, given its mentions so far. */
  List<Mention> find(Document doc, Lexicon lex, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    if (lex == null || lex.stateBodies().size() == 0) {
      return out;
    }
    java.util.Set<String> genitives = lex.keys("syntax.genitive.prepositions");
    for (Sentence s : doc.sentences()) {
      List<Mention> states = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.sentence() == s.index() && m.actor() != null && m.actor().type() == ActorType.STATE) {
          states.add(m);
        }
      }
      if (states.isEmpty()) {
        continue;
      }
      for (PhraseMatcher.Match<String> h : lex.stateBodies().findAll(s, null)) {
        Kind kind = kinds.get(h.values().get(0));
        if (kind == null) {
          continue;
        }
        // a nationality adjective right after the head ("l'armée pakistanaise", "forces armées
        // nigérianes", past one adjective) or right before it ("the Pakistani army")
        Mention dem = null;
        for (Mention m : states) {
          boolean after = m.kind() == MentionKind.DEMONYM && m.first() >= h.end() && m.first() - h.end() <= 1;
          boolean before = m.kind() == MentionKind.DEMONYM && m.end() <= h.first() && h.first() - m.end() <= 1;
          boolean possessive = m.kind() == MentionKind.NAME && m.end() + 1 == h.first()
              && (s.token(m.end()).text().equals("'s") || s.token(m.end()).text().equals("’s"));
          if (after || before || possessive) {
            dem = m;
            break;
          }
        }
        if (dem != null) {
          out.add(Mention.actor(s.index(), Math.min(h.first(), dem.first()), Math.max(h.end(), dem.end()),
              MentionKind.NAME, body(dem.actor(), kind)));
          continue;
        }
        // "les armées du Nigeria, du Cameroun, du Niger et du Tchad", "the army of Nigeria"
        int k = h.end();
        boolean first = true;
        while (k + 1 < s.size() && genitives.contains(s.token(k).key())) {
          Mention st = startingAt(states, k + 1);
          if (st == null || st.kind() != MentionKind.NAME) {
            break;
          }
          out.add(Mention.actor(s.index(), first ? h.first() : st.first(), st.end(), MentionKind.NAME,
              body(st.actor(), kind)));
          first = false;
          k = st.end();
          if (k < s.size() && (s.token(k).text().equals(",") || "CCONJ".equals(s.token(k).pos()))) {
            k++;
          }
        }
      }
    }
    return out;
  }

  private static Mention startingAt(List<Mention> ms, int token) {
    for (Mention m : ms) {
      if (m.first() == token) {
        return m;
      }
    }
    return null;
  }

  /** The body of a kind of a state: the gazetteer's, or one named from the kind's templates. */
  private Actor body(Actor state, Kind kind) {
    return made.computeIfAbsent(state.iri() + "|" + kind.name(), k -> {
      for (Actor a : gazetteer.actors()) {
        if (a.type() == ActorType.GOVERNMENT_BODY && state.iri().equals(a.state()) && named(a, kind)) {
          return a;
        }
      }
      return made(state, kind);
    });
  }

  private static boolean named(Actor a, Kind kind) {
    String en = Text.key(a.label("en"));
    for (String w : kind.keywords()) {
      if ((" " + en + " ").contains(" " + Text.key(w) + " ")) {
        return true;
      }
    }
    return false;
  }

  private Actor made(Actor state, Kind kind) {
    String nameEn = state.label("en");
    String nameFr = state.label("fr");
    List<String> demEn = gazetteer.demonyms(state.iri(), "en");
    List<String> demFr = gazetteer.demonyms(state.iri(), "fr");
    String dem = demEn.isEmpty() ? nameEn : demEn.get(0);
    String demm = demFr.isEmpty() ? nameFr : demFr.get(0);
    String demf = feminine(demFr, demm);
    Map<String, String> vars = new HashMap<>();
    vars.put("{dem}", dem);
    vars.put("{name}", nameEn);
    vars.put("{demf}", demf);
    vars.put("{demfp}", demf.endsWith("s") ? demf : demf + "s");
    vars.put("{demm}", demm);
    vars.put("{demmp}", demm.endsWith("s") || demm.endsWith("x") ? demm : demm + "s");
    List<Actor.Name> aliases = new ArrayList<>();
    List<String> en = fill(kind.en(), vars, nameFr);
    List<String> fr = fill(kind.fr(), vars, nameFr);
    en.forEach(n -> aliases.add(new Actor.Name(n, "en")));
    fr.forEach(n -> aliases.add(new Actor.Name(n, "fr")));
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("en", en.get(0));
    labels.put("fr", fr.get(0));
    aliases.remove(0);
    aliases.removeIf(n -> n.text().equals(fr.get(0)) && n.lang().equals("fr"));
    String iso = state.isoCode() == null ? Text.slug(nameEn) : state.isoCode().toLowerCase(Locale.ROOT);
    return new Actor("https://w3id.org/irkg/id/org/" + kind.name() + "-" + iso, ActorType.GOVERNMENT_BODY,
        labels, aliases, null, null, state.iri());
  }

  /** The feminine singular of a French demonym list ("pakistanais|pakistanaise|pakistanaises"). */
  private static String feminine(List<String> forms, String fallback) {
    for (String f : forms) {
      if (f.endsWith("e") && !f.endsWith("es")) {
        return f;
      }
    }
    return forms.isEmpty() ? fallback : forms.get(0);
  }

  private static List<String> fill(List<String> templates, Map<String, String> vars, String nameFr) {
    List<String> out = new ArrayList<>();
    for (String t : templates) {
      if (t.contains("{nom}")) {
        for (String art : List.of("", "du ", "de la ", "de l'", "des ")) {
          String base = t.replace("de {nom}", "{nom}");
          String n = base.replace("{nom}", (art.isEmpty() ? "de " : art) + nameFr);
          out.add(apply(n, vars));
        }
      } else {
        out.add(apply(t, vars));
      }
    }
    return out;
  }

  private static String apply(String t, Map<String, String> vars) {
    String s = t;
    for (Map.Entry<String, String> e : vars.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    return s;
  }
}
