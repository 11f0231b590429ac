package org.irkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.Article;
import org.irkg.doc.Fact;
import org.irkg.pipeline.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bench corpus: swapped articles still read as articles, and their distinct facts grow with them. */
class VariedCorpusTest {
  static Extractor extractor;
  static VariedCorpus corpus;
  static final Path SEEDS = Path.of("seeds/articles");
  static final int SEED_COUNT = 19;

  @BeforeAll
  static void load() throws Exception {
    extractor = Extractor.load();
    corpus = VariedCorpus.of(SEEDS, extractor);
  }

  @Test
  void theSameIndexGivesTheSameArticleAndOthersDiffer() throws Exception {
    Article a = corpus.article(5);
    assertEquals(a, VariedCorpus.of(SEEDS, extractor).article(5));
    Article b = corpus.article(5 + SEED_COUNT); // the same seed, other draws
    assertNotEquals(a.text(), b.text());
    assertNotEquals(a.date(), b.date());
  }

  @Test
  void distinctFactsGrowWithTheArticlesAndFewAreLost() {
    Set<String> seedFacts = new HashSet<>();
    int seedCount = 0;
    for (int i = 0; i < SEED_COUNT; i++) {
      Article seed = corpus.seed(i);
      for (Fact f : extractor.extract(seed).facts()) {
        seedFacts.add(key(f));
        seedCount++;
      }
    }
    Set<String> varied = new HashSet<>();
    int count = 0;
    int rounds = 3;
    for (int i = 0; i < rounds * SEED_COUNT; i++) {
      for (Fact f : extractor.extract(corpus.article(i)).facts()) {
        varied.add(key(f));
        count++;
      }
    }
    // the swapped names are read where the seed's were: most facts survive the swap
    assertTrue(count >= 0.7 * rounds * seedCount, count + " facts from the swapped articles, " + seedCount + " per seed round");
    // and they are other facts: three rounds give about three times the seeds' distinct facts
    assertTrue(varied.size() >= 2.2 * seedFacts.size(), varied.size() + " distinct against " + seedFacts.size());
  }

  @Test
  void peopleAreGeneratedAndTheSeedsPeopleAreGone() {
    Article seed = corpus.seed(0);
    Set<String> people = new HashSet<>();
    for (Actor a : extractor.extract(seed).actors()) {
      if (a.type() == org.irkg.doc.ActorType.PERSON) {
        people.add(a.labels().getOrDefault(seed.lang(), ""));
      }
    }
    assertFalse(people.isEmpty());
    String text = corpus.article(0).text();
    for (String p : people) {
      assertFalse(!p.isEmpty() && text.contains(p), p + " is still in the swapped article");
    }
    assertEquals(VariedCorpus.PEOPLE, distinctSurnames(VariedCorpus.PEOPLE));
  }

  private static int distinctSurnames(int n) {
    Set<String> s = new HashSet<>();
    for (int k = 0; k < n; k++) {
      s.add(VariedCorpus.surname(k));
    }
    return s.size();
  }

  /** What makes two facts one claim: their kind, their actors and their values, not their evidence. */
  static String key(Fact f) {
    if (f instanceof Fact.Membership m) {
      return "member " + m.member().iri() + " " + m.organization().iri() + " " + m.polarity();
    } else if (f instanceof Fact.Position p) {
      return "position " + p.holder().iri() + " " + p.role() + " " + (p.roleOf() == null ? "" : p.roleOf().iri());
    } else if (f instanceof Fact.Relation r) {
      return "relation " + r.subject().iri() + " " + r.predicate() + " " + r.object().iri();
    } else if (f instanceof Fact.Treaty t) {
      return "treaty " + t.name() + " " + t.date() + " " + t.parties().stream().map(Actor::iri).sorted().toList();
    } else if (f instanceof Fact.Meeting m) {
      return "meeting " + m.participants().stream().map(Actor::iri).sorted().toList() + " "
          + (m.place() == null ? "" : m.place().iri()) + " " + m.date();
    } else if (f instanceof Fact.MemberCount c) {
      return "count " + c.organization().iri() + " " + c.count();
    } else if (f instanceof Fact.Event e) {
      return "event " + e.source().iri() + " " + e.code() + " " + e.target().iri() + " " + e.date();
    }
    throw new IllegalArgumentException(f.toString());
  }
}
