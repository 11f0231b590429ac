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

  /** The regular expressions fold and words were written with; the loops that replaced them must agree. */
  private static String[] regexWords(String s) {
    String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String f = d.replace('\u2019', '\'').replace('\u02bc', '\'').toLowerCase(java.util.Locale.ROOT);
    String w = f.replaceAll("[^\\p{L}\\p{N}*]+", " ").trim();
    return w.isEmpty() ? new String[0] : w.split(" ");
  }

  @Test
  void foldingAgreesWithTheRegularExpressionsOnAnyText() {
    String[] samples = {"États-Unis", "l’OTAN", "Ürümqi 2ᵉ", "Σεργκέι Λαβρόφ", "الأمم المتحدة", "北约 NATO", "x²+y³ ½",
        "İstanbul", "ǅemal", "Ⅻ rois", "e\u0301te\u0301", "🇫🇷 Paris!!", "a*b", "", "   ", "U.S.-led", "naïve café"};
    for (String x : samples) {
      assertArrayEquals(regexWords(x), Text.words(x), x);
    }
    java.util.Random r = new java.util.Random(11);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 12; k++) {
        int cp = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(0x3000);
        if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
          sb.appendCodePoint(cp);
        }
      }
      assertArrayEquals(regexWords(sb.toString()), Text.words(sb.toString()), sb.toString());
    }
  }
}
