package org.irkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/** irkg's POS features are OpenNLP's, string for string, in the same order, for both languages' models. */
class PosContextTest {
  private static final String[] TAGS = {"NOUN", "VERB", "DET", "ADP", "PROPN", "PUNCT"};

  @Test
  void everyTokenOfTheSeedArticlesGetsTheModelsOwnFeatures() throws Exception {
    List<String> lines;
    try (Stream<Path> files = Files.list(Path.of("seeds/articles"))) {
      lines = files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .flatMap(p -> {
            try {
              return Files.readAllLines(p).stream();
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).filter(l -> !l.isBlank()).toList();
    }
    for (String model : List.of("opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      POSModel pm = Models.pos(model);
      POSContextGenerator theirs = pm.getFactory().getPOSContextGenerator();
      var ours = PosContext.forModel(theirs);
      assertFalse(ours == theirs, model + ": the probes disagreed, so irkg fell back to OpenNLP's generator");
      int n = 0;
      for (String line : lines) {
        String[] toks = line.trim().split("\\s+");
        String[] tags = new String[toks.length];
        for (int i = 0; i < toks.length; i++) {
          assertArrayEquals(theirs.getContext(i, toks, tags, null), ours.getContext(i, toks, tags, null), model + " " + line);
          tags[i] = TAGS[(i * 7 + toks[i].length()) % TAGS.length];
          n++;
        }
      }
      assertFalse(n < 1000, "tokens compared: " + n);
    }
  }
}
