package org.irkg.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void foldsAccentsCaseAndApostrophes() {
    assertEquals("etats-unis", Text.fold("États-Unis"));
    assertEquals("l'otan", Text.fold("l’OTAN"));
  }

  @Test
  void keysIgnorePunctuationSoSpellingsAgree() {
    assertEquals(Text.key("Etats Unis"), Text.key("États-Unis"));
    assertArrayEquals(new String[] {"u", "s"}, Text.words("U.S."));
    assertArrayEquals(new String[] {"critiqu*"}, Text.words("critiqu*"));
  }

  @Test
  void slugsAreLowerKebabAscii() {
    assertEquals("luiz-inacio-lula-da-silva", Text.slug("Luiz Inácio Lula da Silva"));
  }

  @Test
  void acronymsAreUpperCaseLetters() {
    assertTrue(Text.acronym("OTAN"));
    assertTrue(Text.acronym("U.N."));
    assertFalse(Text.acronym("Otan"));
    assertFalse(Text.acronym("A"));
  }

  @Test
  void datesKnowTheirPrecision() {
    assertEquals("2016-07", new DateValue(2016, 7, 0).lexical());
    assertEquals("gYearMonth", new DateValue(2016, 7, 0).xsdType());
    assertTrue(new DateValue(2016, 12, 6).compatible(new DateValue(2016, 12, 0)));
    assertFalse(new DateValue(2016, 12, 6).compatible(new DateValue(2016, 7, 0)));
  }
}
