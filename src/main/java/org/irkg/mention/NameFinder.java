package org.irkg.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Ids;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.doc.Token;
import org.irkg.lexicon.Lexicon;

/**
 * Names not in the gazetteer: persons (a run of capitalised proper nouns that starts with a known
 * first name, or follows an honorific or a title, or stands in apposition to a title),
 * organisations announced by a head noun ("Centre européen de ...", "Ministry of ...") and
 * subject pronouns. A lone capitalised word is kept as tentative: the linker keeps it only if it
 * is the surname of a person named in full elsewhere in the article.
 */
final class NameFinder {
  private static final int MAX_ORG_TOKENS = 10;
  private final Lexicon lex;
  private final Set<String> particles = new HashSet<>();
  private final Set<String> placePreps;
  private final Set<String> placeNouns;
  private final Set<String> placeHeads;
  private final Set<String> buildingNouns;

  NameFinder(Lexicon lex) {
    this.lex = lex;
    for (String p : String.valueOf(lex.setting("name.particles")).split(",")) {
      particles.add(p.trim());
    }
    placePreps = lex.keys("place.prepositions");
    placeNouns = lex.keys("place.nouns");
    placeHeads = lex.keys("place.name.heads");
    buildingNouns = lex.keys("building.nouns");
  }

  void find(Sentence s, boolean[] taken, List<Mention> out) {
    List<Mention> titles = new ArrayList<>();
    for (Mention m : out) {
      if (m.sentence() == s.index() && m.kind() == MentionKind.TITLE) {
        titles.add(m);
      }
    }
    int i = 0;
    while (i < s.size()) {
      if (taken[i]) {
        i++;
        continue;
      }
      Token t = s.token(i);
      if (nameToken(s, i, taken)) {
        int end = i + 1;
        while (end < s.size() && !taken[end]) {
          if (nameToken(s, end, taken)) {
            end++;
          } else if (particle(s, end) && end + 1 < s.size() && nameToken(s, end + 1, taken)) {
            end += 2;
          } else {
            break;
          }
        }
        int first = i;
        while (first < end && lex.isStopCapitalised(s.token(first).text())) {
          first++;
        }
        // "Civil House José Dirceu": a known first name inside a run starts the person's name
        for (int k = first + 1; k < end - 1; k++) {
          if (lex.isFirstName(s.token(k).text()) && !lex.isFirstName(s.token(first).text())) {
            first = k;
            break;
          }
        }
        Mention known = end < s.size() && taken[end] && end - first <= 2 ? personAt(out, s.index(), end) : null;
        if (known != null && lex.isFirstName(s.token(first).text())) {
          // "President Victor Yanukovych" where the gazetteer knows "Viktor Yanukovych" by his
          // surname: the first name belongs to the same person
          out.remove(known);
          out.add(Mention.actor(s.index(), first, known.end(), MentionKind.NAME, known.actor()));
          MentionStage.mark(taken, first, end);
        } else if (first < end) {
          person(s, first, end, titles, out, taken);
        }
        i = end;
        continue;
      }
      String pron = lex.pronoun(t.text());
      if (pron != null && !Text.capitalised(t.text()) || pron != null && i == 0) {
        out.add(new Mention(s.index(), i, i + 1, MentionKind.PRONOUN, null, null, null, pron, false));
      }
      i++;
    }
  }

  /** The person mention that starts at a token, or null. */
  private static Mention personAt(List<Mention> out, int sentence, int token) {
    for (Mention m : out) {
      if (m.sentence() == sentence && m.first() == token && m.actor() != null
          && m.actor().type() == ActorType.PERSON && m.kind() == MentionKind.NAME) {
        return m;
      }
    }
    return null;
  }

  private String lexLang() {
    return lex.lang();
  }

  private void person(Sentence s, int first, int end, List<Mention> titles, List<Mention> out,
      boolean[] taken) {
    String name = s.span(first, end);
    boolean firstName = end - first >= 2 && lex.isFirstName(s.token(first).text());
    boolean honorific = first > 0 && lex.isHonorific(s.token(first - 1).text());
    boolean titleFirst = titleBefore(s, first, titles, out);
    boolean titled = titleFirst || appositionTitle(s, end, titles) && end - first >= 2;
    boolean cut = end < s.size() && Text.capitalised(s.token(end).text()) && !s.token(end).isPunct();
    boolean natural = end - first >= 2 && placeHeads.contains(s.token(first).key()) // "Lake Prespa"
        || first > 0 && buildingNouns.contains(s.token(first - 1).key()); // "la mosquée Sidi Yeyia"
    if (natural || !firstName && !honorific && !titleFirst && !cut && placeContext(s, first)) {
      // "at the Granja do Torto", "la ville de Mahmood-e-Raqi": a place the gazetteer lacks
      Actor p = new Actor(Ids.place(name), ActorType.PLACE, Map.of(lex.lang(), name), List.of(), null, null, null);
      out.add(Mention.actor(s.index(), first, end, MentionKind.NAME, p));
      MentionStage.mark(taken, first, end);
      return;
    }
    Actor a = new Actor(Ids.person(name), ActorType.PERSON, Map.of("", name), List.of(), null, null, null);
    if (firstName || honorific || titled || looksLikeAFullName(s, first, end)) {
      out.add(Mention.actor(s.index(), first, end, MentionKind.NAME, a));
      MentionStage.mark(taken, first, end);
    } else if (first > 0 || end - first >= 2 || s.token(first).isProperNoun()) {
      // at the start of a sentence any word is capitalised: only a proper noun may be a surname
      out.add(Mention.tentative(s.index(), first, end, a));
    }
  }

  /**
   * Two or three proper nouns, none a known word of the language, not after a determiner and not
   * followed by an acronym in parentheses ("la Nouvelle Démocratie (ND)" is a party): a given
   * name the first-name list lacks ("Vassilis Rapanos", "Ole Solvang").
   */
  private boolean looksLikeAFullName(Sentence s, int first, int end) {
    int n = end - first;
    if (n < 2 || n > 3) {
      return false;
    }
    for (int k = first; k < end; k++) {
      Token t = s.token(k);
      if (!t.isProperNoun() || t.text().length() < 3 || lex.isStopCapitalised(t.text()) || lex.orgHead(t.text()) != null) {
        return false;
      }
    }
    if (first > 0 && s.token(first - 1).isDeterminer()) {
      return false;
    }
    if (end + 1 < s.size() && s.token(end).text().equals("(") && Text.acronym(s.token(end + 1).text())) {
      return false;
    }
    // where a person stands: after a common noun ("le banquier X") or a comma, before a verb or a comma
    boolean before = first == 0 || "NOUN".equals(s.token(first - 1).pos()) || s.token(first - 1).text().equals(",");
    boolean after = end >= s.size() || s.token(end).isVerb() || s.token(end).text().equals(",")
        || "PRON".equals(s.token(end).pos());
    return before && after;
  }

  /** After a locative ("at the", "à"), or after a place noun and "of" ("the city of"). */
  private boolean placeContext(Sentence s, int first) {
    int i = first - 1;
    while (i >= 0 && s.token(i).isDeterminer()) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (placePreps.contains(s.token(i).key())) {
      return true;
    }
    if (s.token(i).isAdposition()) {
      int j = i - 1;
      return j >= 0 && placeNouns.contains(s.token(j).key());
    }
    return false;
  }

  /** A title just before the name, with at most a demonym, actor or comma between. */
  private static boolean titleBefore(Sentence s, int first, List<Mention> titles, List<Mention> out) {
    for (Mention t : titles) {
      if (t.end() == first) {
        return true;
      }
      if (t.end() < first && first - t.end() <= 4) {
        boolean ok = true;
        for (int k = t.end(); k < first && ok; k++) {
          Token x = s.token(k);
          boolean inActor = false;
          for (Mention m : out) {
            if (m.sentence() == s.index() && m.first() <= k && k < m.end() && m.actor() != null
                && m.actor().type() != ActorType.PERSON) {
              inActor = true;
            }
          }
          // only modifiers may stand between: "le ministre français X", "President of Brazil, X"
          ok = inActor || x.isDeterminer() || "ADJ".equals(x.pos()) && !Text.capitalised(x.text())
              || x.text().equals(",") || x.isAdposition() || lexHonorificLike(x);
        }
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Mr.", "Mme": short capitalised words ending with a period stand between a title and a name. */
  private static boolean lexHonorificLike(Token x) {
    return x.text().endsWith(".") && x.text().length() <= 4 && Text.capitalised(x.text());
  }

  /** "Name, title ..." */
  private static boolean appositionTitle(Sentence s, int end, List<Mention> titles) {
    if (end >= s.size() || !s.token(end).text().equals(",")) {
      return false;
    }
    for (Mention t : titles) {
      if (t.first() > end && t.first() - end <= 3) {
        return true;
      }
    }
    return false;
  }

  private boolean nameToken(Sentence s, int i, boolean[] taken) {
    if (i >= s.size() || taken[i]) {
      return false;
    }
    Token t = s.token(i);
    String x = t.text();
    if (lex.isHonorific(x)) {
      return false;
    }
    if (!Text.capitalised(x) || x.length() < 2 || Text.acronym(x) && x.length() <= 5) {
      return lowerParticleName(x);
    }
    if (!x.chars().anyMatch(Character::isLowerCase)) {
      return false;
    }
    if (lex.isStopCapitalised(x) && i + 1 < s.size() && !Text.capitalised(s.token(i + 1).text())) {
      return false;
    }
    if (i > 0 && !t.isPunct() && !"NUM".equals(t.pos()) && !"PRON".equals(t.pos()) && !t.isDeterminer()) {
      return true; // capitalised inside a sentence: a name, whatever the tagger thought ("Planalto/VERB")
    }
    // at the start of a sentence: a proper noun, or any capitalised word before one ("Ruprecht/VERB Polenz/PROPN")
    return t.isProperNoun() || "NOUN".equals(t.pos()) || "X".equals(t.pos()) || "ADJ".equals(t.pos())
        || lex.isFirstName(x) || i + 1 < s.size() && s.token(i + 1).isProperNoun() && Text.capitalised(s.token(i + 1).text())
            && !lex.isStopCapitalised(x);
  }

  /** "al-Assad", "el-Sissi": a lower-case particle joined to a capitalised name. */
  private boolean lowerParticleName(String x) {
    int h = x.indexOf('-');
    return h > 0 && h + 1 < x.length() && particles.contains(x.substring(0, h))
        && Character.isUpperCase(x.charAt(h + 1));
  }

  private boolean particle(Sentence s, int i) {
    return particles.contains(s.token(i).text());
  }

  /** A name without guillemets or doubled spaces. */
  static String cleanName(String s) {
    return s.replaceAll("[«»“”\"]", "").replaceAll("\\s+", " ").trim();
  }
}
