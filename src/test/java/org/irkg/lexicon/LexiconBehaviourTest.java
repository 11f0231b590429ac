package org.irkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.irkg.doc.Docs;
import org.irkg.doc.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins what the lexicons recognise, one line per case (Odin's style): language, words (tokens
 * separated by spaces), lexicon, the value expected for the first match ("-" for none).
 */
class LexiconBehaviourTest {
  private static Sentence sentence(String lang, String words) {
    StringBuilder tagged = new StringBuilder();
    for (String w : words.split(" ")) {
      tagged.append(w).append("/X ");
    }
    return Docs.tagged(lang, LocalDate.of(2016, 12, 6), tagged.toString()).sentences().get(0);
  }

  private static <T> String first(PhraseMatcher<T> m, Sentence s, Function<T, String> show) {
    List<PhraseMatcher.Match<T>> found = m.findAll(s, null);
    return found.isEmpty() ? "-" : show.apply(found.get(0).values().get(0));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | le secrétaire général de l' OTAN             | titles     | Secretary-General
      fr | le ministre des Affaires étrangères          | titles     | Foreign Minister
      fr | la chef de la diplomatie de l' UE            | titles     | Foreign Minister
      fr | le président désigné Trump                   | titles     | President-elect
      en | UN Secretary-General Kofi Annan              | titles     | Secretary-General
      en | the Prime Minister of Japan                  | titles     | Prime Minister
      fr | leur dernière réunion                        | meetings   | noun
      fr | ils se sont rencontrés                       | meetings   | noun
      en | Hu Jintao met Lula                           | meetings   | verb
      en | a summit in Warsaw                           | meetings   | noun
      fr | l' accord sur le nucléaire iranien           | treaties   | agreement
      en | the Kyoto Protocol                           | treaties   | protocol
      fr | il avait vivement critiqué l' OTAN           | events     | 111
      en | Beijing threatened Taipei                    | events     | 130
      fr | la coopération entre l' UE et l' OTAN        | events     | 050
      fr | ils ont rompu leurs relations diplomatiques  | events     | 161
      en | the invasion of Ukraine                      | events     | 192
      fr | la secte islamiste                           | descriptions | ArmedGroup
      en | the Pakistani army                           | state-bodies | army
      fr | membres de l' UE , mais pas de l' OTAN       | membership | member
      en | Sweden joined NATO                           | membership | join
      en | Ukraine is seeking membership                | membership | candidate
      fr | mardi                                        | dates      | weekday
      en | last Tuesday                                 | dates      | past-modifier
      fr | en juillet                                   | dates      | month
      """)
  void recognises(String lang, String words, String lexicon, String expected) {
    Lexicon lex = Lexicon.load(lang);
    Sentence s = sentence(lang, words.trim());
    String got = switch (lexicon) {
      case "titles" -> first(lex.titles(), s, Lexicon.Title::role);
      case "meetings" -> first(lex.meetingTriggers(), s, k -> k);
      case "treaties" -> first(lex.treatyHeads(), s, k -> k);
      case "events" -> first(lex.events(), s, org.irkg.lexicon.EventCue::code);
      case "descriptions" -> first(lex.descriptions(), s, d -> d.type().localName());
      case "state-bodies" -> first(lex.stateBodies(), s, k -> k);
      case "membership" -> first(lex.membershipCues(), s, k -> k);
      case "dates" -> first(lex.dateWords(), s, Lexicon.DateWord::kind);
      default -> throw new IllegalArgumentException(lexicon);
    };
    assertEquals(expected.trim(), got);
  }

  @ParameterizedTest
  @CsvSource({"fr,Jean-Marc", "fr,Federica", "en,Kofi", "en,Dilma"})
  void knowsFirstNames(String lang, String name) {
    assertTrue(Lexicon.load(lang).isFirstName(name));
  }
}
