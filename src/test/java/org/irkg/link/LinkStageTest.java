package org.irkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.irkg.doc.Data;
import org.irkg.doc.Docs;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.mention.MentionStage;
import org.junit.jupiter.api.Test;

class LinkStageTest {
  private static List<Mention> linked(String lang, String... tagged) {
    Document d = Docs.tagged(lang, LocalDate.of(2012, 6, 21), tagged);
    new MentionStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new LinkStage(Data.GAZETTEER).process(d);
    return d.links();
  }

  private static String persons(List<Mention> ms) {
    StringBuilder sb = new StringBuilder();
    for (Mention m : ms) {
      if (m.actor() != null && m.actor().iri().contains("/person/")) {
        sb.append(m.actor().iri().substring(m.actor().iri().lastIndexOf('/') + 1)).append(' ');
      }
    }
    return sb.toString().trim();
  }

  @Test
  void aSurnameJoinsTheFullNameInTheArticle() {
    List<Mention> ms = linked("fr",
        "Le/DET banquier/NOUN Carlos/PROPN Velandrou/PROPN arrive/VERB ./PUNCT",
        "M./PROPN Velandrou/PROPN a/AUX parlé/VERB ./PUNCT",
        "Ensuite/ADV ,/PUNCT Velandrou/PROPN est/AUX parti/VERB ./PUNCT");
    assertEquals("carlos-velandrou carlos-velandrou carlos-velandrou", persons(ms));
  }

  @Test
  void twoPeopleWithOneSurnameAreNotMerged() {
    List<Mention> ms = linked("en",
        "George/PROPN Miltonis/PROPN and/CCONJ Helen/PROPN Miltonis/PROPN spoke/VERB ./PUNCT",
        "Mr./PROPN Miltonis/PROPN left/VERB ./PUNCT");
    assertEquals("george-miltonis helen-miltonis miltonis", persons(ms));
  }

  @Test
  void aPronounTakesTheLastPersonNamed() {
    List<Mention> ms = linked("fr", "Carlos/PROPN Velandrou/PROPN a/AUX parlé/VERB ./PUNCT", "Il/PRON a/AUX critiqué/VERB l'/DET OTAN/PROPN ./PUNCT");
    Mention il = ms.stream().filter(m -> m.kind() == MentionKind.PRONOUN).findFirst().orElseThrow();
    assertEquals("https://w3id.org/irkg/id/person/carlos-velandrou", il.actor().iri());
  }

  @Test
  void anAcronymInParenthesesNamesTheSameActorLater() {
    List<Mention> ms = linked("fr",
        "la/DET Ligue/PROPN pour/ADP la/DET Paix/PROPN Durable/PROPN (/PUNCT LPD/PROPN )/PUNCT est/AUX née/VERB",
        "la/DET LPD/PROPN a/AUX critiqué/VERB l'/DET OTAN/PROPN");
    long lpd = ms.stream().filter(m -> m.actor() != null && m.actor().iri().endsWith("ligue-pour-la-paix-durable")).count();
    assertEquals(3, lpd);
  }
}
