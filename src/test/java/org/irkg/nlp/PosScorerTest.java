package org.irkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/** The summed-weight tagger gives the tags of greedy decoding with the model's own evaluation, token for token. */
class PosScorerTest {
  @Test
  void tagsEverySeedSentenceAsTheModelItselfDoes() throws Exception {
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
    for (String name : List.of("opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      POSModel pm = Models.pos(name);
      Tagger fast = PosScorer.forModel(pm);
      assertInstanceOf(PosScorer.class, fast, name + ": the probes disagreed, so irkg fell back to the model's evaluation");
      GreedyDecoder model = new GreedyDecoder(pm.getArtifact("pos.model"), pm.getFactory().getPOSContextGenerator(),
          pm.getFactory().getSequenceValidator());
      int n = 0;
      for (String line : lines) {
        String[] toks = line.trim().split("\\s+");
        assertArrayEquals(model.decode(toks, null), fast.decode(toks, null), name + ": " + line);
        n += toks.length;
      }
      assertTrue(n > 1000, "tokens compared: " + n);
    }
  }
}
