package org.irkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our readers of PETRARCH's dictionary formats, and the inflection rules, on small made-up inputs. */
class DictionaryReadersTest {

  @Test
  void readsVerbBlocksFormsAndPatterns() throws Exception {
    String dict = """
        ####### SYNONYM SETS #######
        &FIGHT
        +CLASH
        +SKIRMISH

        ####### VERB PATTERNS #######
        ---  WARN   [130]  ---
        WARN
        +CAUTION_AGAINST {+CAUTIONS_AGAINST +CAUTIONED_AGAINST}
        - * (AGAINST +)                                 [138]  # WARN
        - * &FIGHT                                      [---]  # WARN
        """;
    CameoVerbs d = CameoVerbs.read(new BufferedReader(new StringReader(dict)), "test");
    assertEquals(2, d.verbs().size());
    CameoVerbs.Verb warn = d.verbs().get(0);
    assertEquals("130", warn.code());
    assertEquals(List.of("caution", "against"), d.verbs().get(1).words());
    assertEquals(3, d.verbs().get(1).forms().size() + 1);
    CameoVerbs.CameoPattern p = warn.block().patterns().get(0);
    assertEquals("138", p.code());
    assertEquals("against", p.targetPreposition());
    assertEquals(List.of("clash", "skirmish"), warn.block().patterns().get(1).after().get(0));
  }

  @Test
  void readsActorsWithTheirDatedRoles() throws Exception {
    String actors = """
        # a comment
        BARACK_OBAMA
        +PRESIDENT_OBAMA
        \t[USAGOV 090120-170120]
        \t[USAELI]
        BAN_KI-MOON_ [IGOUNO 070101-161231] [ELI]# IGOrulers.txt
        """;
    PhoenixActors p = new PhoenixActors();
    p.read(new BufferedReader(new StringReader(actors)), "test");
    PhoenixActors.Entry obama = p.find("president obama");
    assertEquals("barack obama", obama.name());
    java.util.function.Predicate<String> states = Set.of("USA", "FRA")::contains;
    assertEquals("USA", obama.country(states));
    assertEquals(LocalDate.of(2009, 1, 20), obama.roles().get(0).from());
    assertEquals(LocalDate.of(2017, 1, 20), obama.roles().get(0).to());
    assertTrue(obama.political());
    assertEquals(null, p.find("ban ki moon").country(states)); // an official of an IGO
  }

  @Test
  void inflectsRegularAndIrregularWords() {
    Lexicon fr = Lexicon.load("fr");
    Set<String> critiquer = fr.inflector().forms("verb", "critiquer", null);
    assertTrue(critiquer.containsAll(List.of("critiqué", "critiquent", "critiquait", "critiquera")), critiquer.toString());
    assertTrue(fr.inflector().forms("verb", "exiger", null).contains("exigeait"));
    assertTrue(fr.inflector().forms("verb", "finir", null).contains("finissent"));
    assertTrue(fr.inflector().forms("verb", "prendre", null).contains("pris"));
    assertTrue(fr.inflector().forms("noun", "général", null).contains("généraux"));
    Lexicon en = Lexicon.load("en");
    assertTrue(en.inflector().forms("verb", "ban", null).contains("banned"));
    assertTrue(en.inflector().forms("verb", "carry", null).contains("carried"));
    assertTrue(en.inflector().forms("noun", "ally", null).contains("allies"));
  }
}
