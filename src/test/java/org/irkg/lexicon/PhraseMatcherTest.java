package org.irkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.irkg.doc.Docs;
import org.irkg.doc.Sentence;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private static Sentence sentence(String tagged) {
    return Docs.tagged("fr", LocalDate.of(2016, 12, 6), tagged).sentences().get(0);
  }

  @Test
  void longestMatchWinsAndSpansTokens() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("secrétaire", "short");
    m.add("secrétaire d'État", "long");
    List<PhraseMatcher.Match<String>> found =
        m.findAll(sentence("le/DET secrétaire/NOUN d'/ADP État/PROPN sortant/ADJ"), null);
    assertEquals(1, found.size());
    assertEquals("long", found.get(0).values().get(0));
    assertEquals(1, found.get(0).first());
    assertEquals(4, found.get(0).end());
  }

  @Test
  void hyphensAndAccentsDoNotMatter() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Etats Unis", "USA");
    assertEquals(1, m.findAll(sentence("les/DET États-Unis/PROPN"), null).size());
  }

  @Test
  void aStarMatchesAPrefix() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("critiqu*", "criticizes");
    assertEquals(1, m.findAll(sentence("il/PRON a/AUX critiqué/VERB l'/DET OTAN/PROPN"), null).size());
  }

  @Test
  void aMatchMustEndOnATokenBoundary() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("OTAN", "nato");
    // "OTAN-UE" is one token: OTAN alone does not end on its boundary
    assertTrue(m.findAll(sentence("coopération/NOUN OTAN-UE/PROPN"), null).isEmpty());
  }

  @Test
  void punctuationBreaksAPhrase() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("chef de la diplomatie", "x");
    assertTrue(m.findAll(sentence("chef/NOUN ,/PUNCT de/ADP la/DET diplomatie/NOUN"), null).isEmpty());
  }

  @Test
  void aHyphenTheTokenizerCutOffStillJoins() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Bashar al-Assad", "assad");
    // tokens glued together: "al", "-", "Assad" as an English tokenizer cuts "al-Assad"
    String text = "Bashar al-Assad";
    var toks = List.of(new org.irkg.doc.Token("Bashar", 0, 6, "PROPN", "bashar"),
        new org.irkg.doc.Token("al", 7, 9, "PROPN", "al"), new org.irkg.doc.Token("-", 9, 10, "PUNCT", "-"),
        new org.irkg.doc.Token("Assad", 10, 15, "PROPN", "assad"));
    Sentence s = new Sentence(0, 0, text.length(), text, toks);
    assertEquals(1, m.findAll(s, null).size());
    assertEquals(4, m.findAll(s, null).get(0).end());
  }
}
