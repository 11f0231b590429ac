package org.irkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irkg.doc.Text;

/**
 * The cues of events between actors in one language, each with its CAMEO code: the language's
 * {@code events.tsv} (verbs by their infinitive, nouns by their singular, with the prepositions
 * of their target) and, where the language's settings name one, a verb dictionary in PETRARCH's
 * format (English: CAMEO.2.0.txt). Every form of a word is made by the {@link Inflector}.
 */
public final class EventLexicon {
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "ses", "son", "sa", "leur", "leurs",
      "des", "du", "un", "une", "the", "its", "their", "his", "her", "a", "an");

  private final PhraseMatcher<EventCue> cues = new PhraseMatcher<>();
  private final Set<String> verbWords = new java.util.HashSet<>();

  /** Every one-word form of the dictionary's verbs ("struck", "congratulated"), as matching keys. */
  public Set<String> verbWords() {
    return verbWords;
  }
  private int entries;

  public PhraseMatcher<EventCue> cues() {
    return cues;
  }

  /** How many lexicon entries (not forms) were read. */
  public int entries() {
    return entries;
  }

  static EventLexicon load(String dir, Lexicon lex) {
    EventLexicon e = new EventLexicon();
    Inflector inf = lex.inflector();
    Set<String> cutWords = lex.keys("syntax.genitive.prepositions");
    boolean headFirst = !"last".equals(lex.setting("syntax.head"));
    for (String f : String.valueOf(lex.setting("events.files")).split(",")) {
      if (!f.isBlank() && TsvFile.exists(dir + f.trim())) {
        for (TsvFile.Row r : TsvFile.read(dir + f.trim())) {
          e.addRow(r, inf, cutWords, headFirst);
        }
      }
    }
    String dict = lex.setting("events.verb.dictionary");
    if (dict != null && !dict.isBlank()) {
      try (InputStream in = EventLexicon.class.getResourceAsStream(dict.trim())) {
        if (in == null) {
          throw new DataFileException(dir + "pipeline.properties: events.verb.dictionary " + dict + " not found");
        }
        e.addDictionary(CameoVerbs.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), dict),
            inf, dict, lex.keys("events.generic.verbs"));
      } catch (IOException x) {
        throw new DataFileException(dict + ": " + x.getMessage());
      }
    }
    return e;
  }

  /** Adds the verbs of a PETRARCH verb dictionary (CAMEO.2.0.txt, or one a user brings). */
  public void addDictionary(CameoVerbs d, Inflector inf, String name) {
    addDictionary(d, inf, name, Set.of());
  }

  /**
   * Adds a dictionary's verbs; those in {@code generic} keep their patterns but lose their bare
   * code ("giving X the green light" is no material cooperation, "giving X aid" still is).
   */
  public void addDictionary(CameoVerbs d, Inflector inf, String name, Set<String> generic) {
    addDictionary(d, inf, name, generic, false);
  }

  /**
   * A user's dictionary: as {@link #addDictionary}, and each of its verbs takes the place of the
   * verb cues the project's files give the same words (a team codes "welcome" as its dictionary says).
   */
  public void replaceWithDictionary(CameoVerbs d, Inflector inf, String name) {
    addDictionary(d, inf, name, Set.of(), true);
  }

  private void addDictionary(CameoVerbs d, Inflector inf, String name, Set<String> generic, boolean replace) {
    for (CameoVerbs.Verb v : d.verbs()) {
      boolean coded = !v.code().startsWith("-");
      List<String> targets = new ArrayList<>(List.of("obj"));
      for (CameoVerbs.CameoPattern p : v.block().patterns()) {
        coded |= !p.code().startsWith("-");
        if (p.targetPreposition() != null && !targets.contains(Text.key(p.targetPreposition()))) {
          targets.add(Text.key(p.targetPreposition()));
        }
      }
      if (!coded) {
        continue;
      }
      String bare = generic.contains(Text.key(String.join(" ", v.words()))) ? "---" : v.code();
      EventCue cue = new EventCue("verb", String.join(" ", v.words()), bare, targets, false,
          v.block().patterns(), name + " " + v.block().name());
      Set<String> phrases = new LinkedHashSet<>();
      phrases.add(String.join(" ", v.words()));
      if (!v.forms().isEmpty()) {
        v.forms().forEach(f -> phrases.add(String.join(" ", f)));
      } else {
        for (String f : inf.forms("verb", v.words().get(v.verbIndex()), null)) {
          List<String> ws = new ArrayList<>(v.words());
          ws.set(v.verbIndex(), f);
          phrases.add(String.join(" ", ws));
        }
      }
      if (replace) {
        phrases.forEach(p -> cues.removeIf(p, c -> c.pos().equals("verb") && !c.source().startsWith(name)));
      }
      phrases.forEach(p -> cues.add(p, cue));
      phrases.stream().filter(p -> p.indexOf(' ') < 0).forEach(p -> verbWords.add(Text.key(p)));
      entries++;
    }
  }

  private void addRow(TsvFile.Row r, Inflector inf, Set<String> cutWords, boolean headFirst) {
    String pos = r.get(0);
    if (!pos.equals("verb") && !pos.equals("noun")) {
      throw r.error("pos must be verb or noun, not '" + pos + "'");
    }
    String code = r.get(2);
    if (!code.matches("[0-2][0-9]{2,3}") || Integer.parseInt(code.substring(0, 2)) < 1
        || Integer.parseInt(code.substring(0, 2)) > 20) {
      throw r.error("code must be a CAMEO code such as 111 or 0233, not '" + code + "'");
    }
    String entry = r.get(1);
    List<String> given = new ArrayList<>();
    int brace = entry.indexOf('{');
    if (brace >= 0) {
      int close = entry.indexOf('}', brace);
      if (close < 0) {
        throw r.error("a '{' without its '}'");
      }
      for (String f : entry.substring(brace + 1, close).trim().split("\\s+")) {
        if (!f.isBlank()) {
          given.add(f);
        }
      }
      entry = entry.substring(0, brace).trim();
    }
    boolean reflexive = false;
    String lower = entry.toLowerCase(java.util.Locale.ROOT);
    if (pos.equals("verb") && (lower.startsWith("se ") || lower.startsWith("s'") || lower.startsWith("s’"))) {
      reflexive = true;
      entry = entry.substring(lower.startsWith("se ") ? 3 : 2).trim();
    }
    String[] words = entry.split("\\s+");
    if (words.length == 0 || words[0].isBlank()) {
      throw r.error("empty entry");
    }
    List<String> targets = new ArrayList<>();
    String t = r.get(3);
    if (!t.equals("-") && !t.isEmpty()) {
      for (String p : t.split("\\|")) {
        targets.add(p.trim().equals("obj") ? "obj" : Text.key(p));
      }
    }
    EventCue cue = new EventCue(pos, r.get(1).replaceAll("\\s*\\{.*\\}", ""), code, targets, reflexive, List.of(),
        r.file() + ":" + r.line());
    for (String phrase : phrases(pos, words, given, inf, cutWords, headFirst)) {
      cues.add(phrase, cue);
    }
    entries++;
  }

  /** The surface phrases of an entry: every form of its verb (or of its noun's words) and its fixed words. */
  private static Set<String> phrases(String pos, String[] words, List<String> given, Inflector inf,
      Set<String> cutWords, boolean headFirst) {
    Set<String> out = new LinkedHashSet<>();
    if (pos.equals("verb")) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
      for (String f : inf.forms("verb", words[0], given)) {
        for (String t : determinerVariants(tail)) {
          out.add(t.isEmpty() ? f : f + " " + t);
        }
      }
      return out;
    }
    // nouns: the words before the first preposition take the plural ("frappes aériennes",
    // "air strikes"); in English only the last of them
    int cut = words.length;
    for (int i = 1; i < words.length; i++) {
      if (cutWords.contains(Text.key(words[i])) || Text.key(words[i]).equals("a") && headFirst) {
        cut = i;
        break;
      }
    }
    List<String> singular = List.of(words);
    out.add(String.join(" ", singular));
    List<String> plural = new ArrayList<>(singular);
    for (int i = 0; i < cut; i++) {
      if (!headFirst && i != cut - 1) {
        continue;
      }
      List<String> forms = new ArrayList<>(inf.forms("noun", words[i], i == 0 ? given : null));
      plural.set(i, forms.size() > 1 ? forms.get(forms.size() - 1) : words[i]);
    }
    out.add(String.join(" ", plural));
    for (String p : List.copyOf(out)) {
      out.addAll(determinerVariants(p));
    }
    return out;
  }

  /** A phrase with each determiner it holds replaced by the others ("rompre les relations", "ses relations"). */
  private static List<String> determinerVariants(String phrase) {
    if (phrase.isEmpty()) {
      return List.of("");
    }
    String[] ws = phrase.split(" ");
    for (int i = 0; i < ws.length; i++) {
      if (DETERMINERS.contains(Text.key(ws[i]))) {
        List<String> out = new ArrayList<>(List.of(phrase));
        for (String d : List.of("le", "la", "les", "ses", "son", "sa", "leurs", "leur", "des", "un", "une", "the", "its",
            "their", "a", "an")) {
          ws[i] = d;
          out.add(String.join(" ", ws));
        }
        return out;
      }
    }
    return List.of(phrase);
  }
}
