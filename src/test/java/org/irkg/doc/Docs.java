package org.irkg.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds documents by hand for stage tests that run without OpenNLP models: each sentence is
 * written "word/POS word/POS ...", tokens separated by spaces.
 */
public final class Docs {
  private Docs() {}

  /** A document whose SENTENCES layer is set from tagged sentences. */
  public static Document tagged(String lang, LocalDate date, String... taggedSentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String tagged : taggedSentences) {
      int sentStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String wp : tagged.trim().split(" +")) {
        int slash = wp.lastIndexOf('/');
        String w = wp.substring(0, slash).replace('_', ' ');
        String pos = wp.substring(slash + 1);
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(w);
        tokens.add(new Token(w, start, text.length(), pos, Text.fold(w)));
      }
      sentences.add(new Sentence(sentences.size(), sentStart, text.length(), text.substring(sentStart), tokens));
      text.append('\n');
    }
    Document d = new Document(new Article("test", "test.txt", null, date, lang, null, text.toString()));
    d.setSentences(sentences);
    return d;
  }
}
