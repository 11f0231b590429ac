package org.irkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.Actor;
import org.irkg.doc.Data;
import org.irkg.doc.Docs;
import org.irkg.doc.Document;
import org.irkg.doc.Fact;
import org.irkg.link.LinkStage;
import org.irkg.mention.MentionStage;
import org.irkg.syntax.SyntaxStage;
import org.junit.jupiter.api.Test;

/** Coded events (CAMEO) from cues and meetings, on made-up hand-tagged sentences; one behaviour per test. */
class CodedEventsTest {
  private static final LocalDate DAY = LocalDate.of(2017, 6, 6);

  private static List<String> events(String lang, String... tagged) {
    Document d = Docs.tagged(lang, DAY, tagged);
    new MentionStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new LinkStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new SyntaxStage(Data.LEXICONS).process(d);
    new FactStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    List<String> out = new ArrayList<>();
    for (Fact f : d.facts()) {
      if (f instanceof Fact.Event e) {
        out.add(id(e.source()) + " " + e.code() + " " + id(e.target()) + " " + (e.date() == null ? "-" : e.date().lexical()));
      }
    }
    return out;
  }

  private static String id(Actor a) {
    return a.iri().substring(a.iri().lastIndexOf('/') + 1);
  }

  @Test
  void aRelationIsAlsoACodedEventDatedByTheArticle() {
    assertEquals(List.of("FRA 130 SYR 2017-06-06"), events("en", "France/PROPN threatened/VERB Syria/PROPN ./PUNCT"));
  }

  @Test
  void aCodeThatStatesNoRelationIsStillAnEvent() {
    List<String> e = events("en", "Russia/PROPN urged/VERB Ukraine/PROPN to/PART withdraw/VERB ./PUNCT");
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).startsWith("RUS 02") || e.get(0).startsWith("RUS 10"), e.toString());
  }

  @Test
  void aFightIsCodedBothWays() {
    List<String> e = events("en", "The/DET Iraqi/ADJ army/NOUN clashed/VERB with/ADP the/DET Islamic/PROPN State/PROPN ./PUNCT");
    assertEquals(2, e.size(), e.toString());
    assertTrue(e.get(0).startsWith("IRQ 19") && e.get(1).startsWith("islamic-state 19"), e.toString());
  }

  @Test
  void aMeetingIsAConsultationBetweenItsParticipants() {
    List<String> e = events("fr", "Angela/PROPN Merkel/PROPN a/AUX rencontré/VERB Vladimir/PROPN Poutine/PROPN à/ADP Berlin/PROPN le/DET 3/NUM juin/NOUN ./PUNCT");
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).matches("angela-merkel 04\\d vladimir-putin 2017-06-03"), e.toString());
  }

  @Test
  void aNegatedVerbCodesNothing() {
    assertEquals(List.of(), events("fr", "La/DET France/PROPN n'/ADV a/AUX pas/ADV critiqué/VERB la/DET Chine/PROPN ./PUNCT"));
  }
}
