package org.irkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VerblessRepairTest {
  private static final Set<String> VERBS = Set.of("congratulated", "struck", "targets");

  private static String[] repaired(String words, String tags) {
    String[] w = words.split(" ");
    String[] t = tags.split(" ");
    VerblessRepair.repair(w, t, VERBS);
    return t;
  }

  @Test
  void aVerbFormAfterANounBecomesTheVerbOfASentenceWithout() {
    assertArrayEquals("DET ADJ NOUN VERB PROPN PROPN PUNCT".split(" "),
        repaired("The French president congratulated South Korea .", "DET ADJ NOUN ADJ PROPN PROPN PUNCT"));
    assertArrayEquals("DET ADJ NOUN VERB PROPN NOUN PUNCT".split(" "),
        repaired("The Israeli army struck Hamas targets .", "DET ADJ NOUN NOUN PROPN NOUN PUNCT"),
        "the first one only");
  }

  @Test
  void aSentenceWithAVerbIsLeftAsTheTaggerReadIt() {
    assertArrayEquals("DET NOUN VERB PROPN NOUN PUNCT".split(" "),
        repaired("The army hit Hamas targets .", "DET NOUN VERB PROPN NOUN PUNCT"));
    assertArrayEquals("ADJ NOUN ADP PROPN".split(" "), repaired("Congratulated leaders in Paris", "ADJ NOUN ADP PROPN"),
        "no noun before it");
  }
}
