package org.irkg.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.irkg.doc.ActorType;
import org.irkg.doc.Text;

/**
 * The language knowledge of one language, loaded from {@code /irkg/lang/CODE/}: titles, trigger
 * words, cue lexicons, date words and name lists. The Java code holds no French or English word;
 * adding a language means adding such a folder (see lexicons.md there).
 */
public final class Lexicon {

  /** An office: its canonical English name and whether it belongs to a state, an org or either. */
  public record Title(String role, String scope) {}


  /** A description that names an actor of a type again; {@code namedWith}: words its name must hold, if any. */
  public record Description(ActorType type, List<String> namedWith) {}

  /** A date word: weekday, month, relative, past-modifier or next-modifier, with its value. */
  public record DateWord(String kind, int value) {}

  private final String lang;
  private final Properties config;
  private final PhraseMatcher<Title> titles = new PhraseMatcher<>();
  private final Set<String> honorifics = new HashSet<>();
  private final Set<String> firstNames = new HashSet<>();
  private final PhraseMatcher<String> meetingTriggers = new PhraseMatcher<>();
  private final PhraseMatcher<String> treatyHeads = new PhraseMatcher<>();
  private final PhraseMatcher<String> membershipCues = new PhraseMatcher<>();
  private final PhraseMatcher<DateWord> dateWords = new PhraseMatcher<>();
  private final Map<String, ActorType> orgHeads = new HashMap<>();
  private final Map<String, String> pronouns = new HashMap<>();
  private final Set<String> stopCapitalised = new HashSet<>();
  private final Map<String, Set<String>> settingKeys = new java.util.concurrent.ConcurrentHashMap<>();
  private final PhraseMatcher<String> pairPhrases = new PhraseMatcher<>();
  private Inflector inflector;
  private Set<String> supportVerbForms;
  private EventLexicon events;
  private final PhraseMatcher<Description> descriptions = new PhraseMatcher<>();
  private final PhraseMatcher<String> stateBodies = new PhraseMatcher<>();

  private Lexicon(String lang) {
    this.lang = lang;
    this.config = new Properties();
  }

  /** The data files of each language, for fingerprints and checks. */
  public static final List<String> FILES = List.of("pipeline.properties", "titles.tsv", "honorifics.tsv",
      "first-names.txt", "meeting-triggers.tsv", "treaty-heads.tsv", "membership-cues.tsv",
      "dates.tsv", "org-heads.tsv", "pronouns.tsv", "stop-capitalised.txt", "inflection.tsv", "irregular-verbs.tsv", "events-base.tsv", "events.tsv", "descriptions.tsv", "state-bodies.tsv");

  /** The resource folder of a language. */
  public static String folder(String lang) {
    return "/irkg/lang/" + lang + "/";
  }

  /** Loads every data file of a language; fails naming the file and line of a bad entry. */
  public static Lexicon load(String lang) {
    Lexicon l = new Lexicon(lang);
    String dir = folder(lang);
    try (InputStream in = Lexicon.class.getResourceAsStream(dir + "pipeline.properties")) {
      if (in == null) {
        throw new DataFileException(dir + "pipeline.properties: language '" + lang + "' is not installed");
      }
      l.config.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DataFileException(dir + "pipeline.properties: " + e.getMessage());
    }
    for (String phrase : String.valueOf(l.config.getProperty("pair.phrases", "")).split(",")) {
      l.pairPhrases.add(phrase, "pair");
    }
    for (TsvFile.Row r : TsvFile.read(dir + "titles.tsv")) {
      String scope = r.get(2).isEmpty() ? "any" : r.get(2);
      if (!Set.of("state", "org", "any", "other-state").contains(scope)) {
        throw r.error("scope must be state, org, any or other-state, not '" + scope + "'");
      }
      l.titles.add(r.get(0), new Title(r.get(1).isEmpty() ? r.get(0) : r.get(1), scope));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "honorifics.tsv")) {
      l.honorifics.add(r.get(0));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "first-names.txt")) {
      l.firstNames.add(Text.key(r.get(0)));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "meeting-triggers.tsv")) {
      l.meetingTriggers.add(r.get(0), r.get(1).isEmpty() ? "noun" : r.get(1));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "treaty-heads.tsv")) {
      l.treatyHeads.add(r.get(0), r.get(1).isEmpty() ? "treaty" : r.get(1));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "membership-cues.tsv")) {
      l.membershipCues.add(r.get(0), r.get(1));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "dates.tsv")) {
      int v;
      try {
        v = r.get(2).isEmpty() ? 0 : Integer.parseInt(r.get(2).replace("+", ""));
      } catch (NumberFormatException e) {
        throw r.error("value must be a whole number, not '" + r.get(2) + "'");
      }
      l.dateWords.add(r.get(0), new DateWord(r.get(1), v));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "org-heads.tsv")) {
      try {
        l.orgHeads.put(Text.key(r.get(0)), ActorType.parse(r.get(1)));
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
    }
    for (TsvFile.Row r : TsvFile.read(dir + "pronouns.tsv")) {
      l.pronouns.put(Text.key(r.get(0)), r.get(1));
    }
    for (TsvFile.Row r : TsvFile.read(dir + "stop-capitalised.txt")) {
      l.stopCapitalised.add(Text.key(r.get(0)));
    }
    if (TsvFile.exists(dir + "descriptions.tsv")) {
      for (TsvFile.Row r : TsvFile.read(dir + "descriptions.tsv")) {
        try {
          l.descriptions.add(r.get(0), new Description(ActorType.parse(r.get(1)), r.list(2, ",")));
        } catch (IllegalArgumentException e) {
          throw r.error(e.getMessage());
        }
      }
    }
    if (TsvFile.exists(dir + "state-bodies.tsv")) {
      for (TsvFile.Row r : TsvFile.read(dir + "state-bodies.tsv")) {
        l.stateBodies.add(r.get(0), r.get(1));
      }
    }
    l.inflector = Inflector.load(dir);
    Set<String> support = new HashSet<>();
    for (String v : String.valueOf(l.config.getProperty("support.verbs", "")).split(",")) {
      if (!v.isBlank()) {
        l.inflector.forms("verb", v.trim(), null).forEach(f -> support.add(Text.key(f)));
      }
    }
    l.supportVerbForms = Set.copyOf(support);
    l.events = EventLexicon.load(dir, l);
    return l;
  }

  public String lang() {
    return lang;
  }

  /** The cues of events between actors, with their CAMEO codes (events.tsv, and a verb dictionary). */
  public PhraseMatcher<EventCue> events() {
    return events.cues();
  }

  /** The one-word forms of the verb dictionary's verbs (for repairing a sentence the tagger gave no verb). */
  public Set<String> eventVerbWords() {
    return events.verbWords();
  }

  /** Noun phrases that name again an actor of a type ("la secte islamiste", "the country"). */
  public PhraseMatcher<Description> descriptions() {
    return descriptions;
  }

  /** Common nouns that name a body of a state with the state ("l'armée pakistanaise"), by kind. */
  public PhraseMatcher<String> stateBodies() {
    return stateBodies;
  }

  /** The forms (matching keys) of the verbs a setting lists by their infinitive or base form. */
  public Set<String> verbForms(String setting) {
    Set<String> out = new HashSet<>();
    for (String v : String.valueOf(config.getProperty(setting, "")).split(",")) {
      if (!v.isBlank()) {
        inflector.forms("verb", v.trim(), null).forEach(f -> out.add(Text.key(f)));
      }
    }
    return Set.copyOf(out);
  }

  /** The language's inflection rules (inflection.tsv, irregular-verbs.tsv). */
  /** Adds the verbs of a user's verb dictionary (PETRARCH format) to this language's event cues, in place of the project's cues for the same verbs. */
  public void addVerbDictionary(CameoVerbs d, String name) {
    events.replaceWithDictionary(d, inflector(), name);
  }

  public Inflector inflector() {
    return inflector;
  }

  /**
   * The forms (matching keys) of the verbs that carry the meaning of their object noun
   * ("support.verbs": "imposer des sanctions", "launch an offensive").
   */
  public Set<String> supportVerbForms() {
    return supportVerbForms;
  }

  /** A setting of pipeline.properties (model file names, ...), or null. */
  public String setting(String key) {
    return config.getProperty(key);
  }

  /**
   * A comma-separated setting as a set of matching keys (folded, see {@link Text#key}), parsed
   * once: the rules compare tokens' keys with it ("place.prepositions", "attack.nouns", ...).
   */
  public Set<String> keys(String setting) {
    return settingKeys.computeIfAbsent(setting, k -> {
      Set<String> out = new HashSet<>();
      for (String w : String.valueOf(config.getProperty(k, "")).split(",")) {
        if (!w.isBlank()) {
          out.add(Text.key(w));
        }
      }
      return Set.copyOf(out);
    });
  }

  /** The phrases that name the last two states of a text ("the two countries", "les deux pays"). */
  public PhraseMatcher<String> pairPhrases() {
    return pairPhrases;
  }

  public PhraseMatcher<Title> titles() {
    return titles;
  }

  public boolean isHonorific(String token) {
    return honorifics.contains(token);
  }

  public boolean isFirstName(String token) {
    return firstNames.contains(Text.key(token));
  }

  public PhraseMatcher<String> meetingTriggers() {
    return meetingTriggers;
  }

  public PhraseMatcher<String> treatyHeads() {
    return treatyHeads;
  }

  public PhraseMatcher<String> membershipCues() {
    return membershipCues;
  }

  public PhraseMatcher<DateWord> dateWords() {
    return dateWords;
  }

  /** The type of organisation a head noun announces ("Ministry" → GovernmentBody), or null. */
  public ActorType orgHead(String token) {
    return orgHeads.get(Text.key(token));
  }

  /** "person", "plural" or "org" for a subject pronoun, else null. */
  public String pronoun(String token) {
    return pronouns.get(Text.key(token));
  }

  public boolean isStopCapitalised(String token) {
    return stopCapitalised.contains(Text.key(token));
  }

  /** Sizes of the loaded lexicons, for check-data and tests. */
  public Map<String, Integer> sizes() {
    Map<String, Integer> m = new java.util.LinkedHashMap<>();
    m.put("titles", titles.size());
    m.put("honorifics", honorifics.size());
    m.put("first-names", firstNames.size());
    m.put("meeting-triggers", meetingTriggers.size());
    m.put("treaty-heads", treatyHeads.size());
    m.put("event-cues", events.entries());
    m.put("membership-cues", membershipCues.size());
    m.put("dates", dateWords.size());
    m.put("org-heads", orgHeads.size());
    m.put("pronouns", pronouns.size());
    m.put("stop-capitalised", stopCapitalised.size());
    return m;
  }

  /** The installed languages, from /irkg/lang/languages.txt. */
  public static List<String> installed() {
    return TsvFile.read("/irkg/lang/languages.txt").stream().map(r -> r.get(0)).toList();
  }
}
