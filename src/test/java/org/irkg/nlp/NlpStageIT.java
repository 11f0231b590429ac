package org.irkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Sentence;
import org.irkg.doc.Token;
import org.irkg.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real OpenNLP models on short French and English texts. */
class NlpStageIT {
  static NlpStage nlp;

  @BeforeAll
  static void load() {
    Map<String, Lexicon> lex = new LinkedHashMap<>();
    lex.put("fr", Lexicon.load("fr"));
    lex.put("en", Lexicon.load("en"));
    nlp = new NlpStage(lex);
  }

  private static Document run(String lang, String text) {
    Document d = new Document(new Article("t", "t.txt", null, null, lang, null, text));
    nlp.process(d);
    return d;
  }

  @Test
  void frenchSentencesTokensAndTags() {
    Document d = run("fr", "John Kerry a participé mardi à la réunion de l'OTAN. Il a rassuré les alliés.\nTitre sans point");
    List<Sentence> s = d.sentences();
    assertEquals(3, s.size());
    List<String> words = s.get(0).tokens().stream().map(Token::text).toList();
    assertTrue(words.containsAll(List.of("l'", "OTAN")), words.toString());
    Token kerry = s.get(0).token(1);
    assertEquals("Kerry", kerry.text());
    assertEquals("PROPN", kerry.pos());
    assertEquals("Kerry", d.article().text().substring(kerry.start(), kerry.end()));
  }

  @Test
  void englishTokensTagsAndLemmas() {
    Document d = run("en", "The ministers met in Brussels on Tuesday.");
    Sentence s = d.sentences().get(0);
    Token met = s.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow();
    assertEquals("VERB", met.pos());
    assertEquals("meet", met.lemma());
  }

  @Test
  void detectsTheLanguageWhenTheArticleDoesNotSay() {
    assertEquals("fr", run(null, "Le ministre des Affaires étrangères a rencontré ses homologues européens à Bruxelles.").lang());
    assertEquals("en", run(null, "The foreign minister met his European counterparts in Brussels on Tuesday.").lang());
  }
}
