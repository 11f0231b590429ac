package org.irkg.nlp;

import java.util.Set;
import org.irkg.doc.Text;

/**
 * A sentence the tagger gave no verb, where one of its words is a verb form it read as a noun or
 * an adjective: "The French president congratulated/ADJ South Korea's ...", "The Israeli army
 * struck/NOUN Hamas targets". The first word that the verb dictionary knows as a verb, right
 * after a noun and before what can begin an object, is tagged VERB. A sentence with a verb is
 * left as the tagger read it.
 */
final class VerblessRepair {
  private static final Set<String> BEFORE = Set.of("NOUN", "PROPN");
  private static final Set<String> MISREAD = Set.of("NOUN", "ADJ");
  private static final Set<String> AFTER = Set.of("DET", "PROPN", "PRON", "NUM", "NOUN", "ADJ", "ADP");

  private VerblessRepair() {}

  static void repair(String[] words, String[] tags, Set<String> verbWords) {
    for (String t : tags) {
      if ("VERB".equals(t) || "AUX".equals(t)) {
        return;
      }
    }
    for (int i = 1; i + 1 < words.length; i++) {
      if (MISREAD.contains(tags[i]) && BEFORE.contains(tags[i - 1]) && AFTER.contains(tags[i + 1])
          && !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0)) && verbWords.contains(Text.key(words[i]))) {
        tags[i] = "VERB";
        return;
      }
    }
  }
}
