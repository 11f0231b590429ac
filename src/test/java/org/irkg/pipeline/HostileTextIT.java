package org.irkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Sentence;
import org.irkg.doc.Token;
import org.irkg.rdf.FactMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property test with a seeded generator ({@link HostileText}): whatever the text, in French,
 * English or an undeclared language, the extractor returns within a bounded time without
 * throwing, every sentence, token and evidence points at the article text it claims, and the
 * document maps to RDF. {@code -Dirkg.fuzz.seed=N} replays another seed, {@code
 * -Dirkg.fuzz.cases=N} tries more texts.
 */
class HostileTextIT {
  /** Generous: the slowest text (a 1 MB sentence of capitalised words) takes a few seconds. */
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static Extractor extractor;
  private static FactMapper mapper;

  @BeforeAll
  static void load() {
    extractor = Extractor.load();
    mapper = new FactMapper(extractor.gazetteer());
  }

  @Test
  void anyTextInAnyLanguageIsExtractedInBoundedTimeWithoutThrowing() {
    long seed = Long.getLong("irkg.fuzz.seed", 20240917L);
    HostileText gen = new HostileText(seed, HostileText.seedWords(Path.of("seeds/articles")));
    int count = Integer.getInteger("irkg.fuzz.cases", 2 * gen.kindCount());
    List<String> langs = Arrays.asList("fr", "en", null);
    long slowest = 0;
    String slowestCase = "";
    int tried = 0;
    for (HostileText.Case c : gen.cases(count)) {
      for (String lang : langs) {
        // every third text also as the title, which the pipeline reads before the body
        String title = tried % 3 == 0 ? c.text().substring(0, Math.min(200, c.text().length())) : null;
        Article a = new Article("fuzz-" + tried, "fuzz-" + tried, title, null, lang, null, c.text());
        String what = c.kind() + " (" + c.text().length() + " chars, lang " + lang + ", seed " + seed + ", case " + tried + ")";
        long t = System.nanoTime();
        Document d = assertTimeoutPreemptively(BOUND, () -> extractor.extract(a), what);
        long nanos = System.nanoTime() - t;
        if (nanos > slowest) {
          slowest = nanos;
          slowestCase = what;
        }
        checkOffsets(a.analysedText(), d, what);
        DatasetGraph g = DatasetGraphFactory.createTxnMem();
        mapper.write(d, StreamRDFLib.dataset(g));
        assertTrue(g.find().hasNext(), what + ": the article node is written");
        tried++;
      }
    }
    System.out.printf("hostile text: %d inputs tried (%d kinds, seed %d), none threw or hung; slowest %.1f s: %s%n",
        tried, gen.kindCount(), seed, slowest / 1e9, slowestCase);
    assertTrue(tried >= 3 * gen.kindCount());
  }

  /** Sentences, tokens and evidence are spans of the text that say what the text says there. */
  private static void checkOffsets(String text, Document d, String what) {
    for (Sentence s : d.sentences()) {
      assertEquals(text.substring(s.start(), s.end()), s.text(), what);
      assertTrue(s.size() > 0 && s.size() <= org.irkg.nlp.NlpStage.MAX_SENTENCE_TOKENS, what + ": tokens " + s.size());
      for (Token t : s.tokens()) {
        assertTrue(s.start() <= t.start() && t.end() <= s.end(), what);
        assertEquals(text.substring(t.start(), t.end()), t.text(), what);
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Fact f : d.facts()) {
      evidence.addAll(f.evidence());
    }
    for (Evidence e : evidence) {
      assertEquals(text.substring(e.start(), e.end()), e.text(), what);
    }
  }
}
