package org.irkg.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.Data;
import org.irkg.doc.Docs;
import org.irkg.doc.Document;
import org.irkg.doc.Frame;
import org.irkg.doc.Parse;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;
import org.irkg.link.LinkStage;
import org.irkg.mention.MentionStage;
import org.junit.jupiter.api.Test;

/** Who does what to whom, on hand-tagged made-up sentences: each clause form the frames read. */
class FrameBuilderTest {
  private static final LocalDate DAY = LocalDate.of(2017, 3, 14);

  private static Document parsed(String lang, String... tagged) {
    Document d = Docs.tagged(lang, DAY, tagged);
    new MentionStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new LinkStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new SyntaxStage(Data.LEXICONS).process(d);
    return d;
  }

  /** "verb subj=A|B obj=C" for the frame of the verb written {@code verb}. */
  private static String frame(Document d, String verb) {
    for (Sentence s : d.sentences()) {
      Parse p = d.parse(s.index());
      for (Frame f : p.frames()) {
        if (f.verbal() && s.token(f.first()).text().equals(verb)) {
          return verb + (f.passive() ? " passive" : "") + (f.negated() ? " negated" : "")
              + " subj=" + texts(s, f.subjects()) + " obj=" + texts(s, f.objects())
              + (f.agents().isEmpty() ? "" : " agent=" + texts(s, f.agents()));
        }
      }
    }
    return verb + ": no frame";
  }

  private static String texts(Sentence s, List<Phrase> ps) {
    List<String> out = new ArrayList<>();
    for (Phrase p : ps) {
      out.add(s.span(p.first(), p.end()));
    }
    return String.join("|", out);
  }

  @Test
  void coordinatedSubjectsAndTheirObject() {
    Document d = parsed("fr", "La/DET Russie/PROPN et/CCONJ la/DET Chine/PROPN ont/AUX critiqué/VERB l'/DET OTAN/PROPN ./PUNCT");
    assertEquals("critiqué subj=La Russie|la Chine obj=l' OTAN", frame(d, "critiqué"));
  }

  @Test
  void aListWithCommasAfterADateIsTheSubject() {
    Document d = parsed("fr", "Dimanche/NOUN ,/PUNCT l'/DET Égypte/PROPN ,/PUNCT le/DET Bahreïn/PROPN et/CCONJ le/DET Yémen/PROPN"
        + " ont/AUX rompu/VERB leurs/DET relations/NOUN avec/ADP le/DET Qatar/PROPN ./PUNCT");
    assertEquals("rompu subj=l' Égypte|le Bahreïn|le Yémen obj=leurs relations", frame(d, "rompu"));
  }

  @Test
  void aRelativeClauseGivesItsAntecedentAndTheMainVerbItsSubject() {
    Document d = parsed("fr", "Boko/PROPN Haram/PROPN ,/PUNCT qui/PRON a/AUX lancé/VERB une/DET insurrection/NOUN en/ADP 2009/NUM ,/PUNCT"
        + " a/AUX subi/VERB des/DET revers/NOUN ./PUNCT");
    assertEquals("lancé subj=Boko Haram obj=une insurrection", frame(d, "lancé"));
    assertEquals("subi subj=Boko Haram obj=des revers", frame(d, "subi"));
  }

  @Test
  void aPassiveActsThroughItsAgent() {
    Document d = parsed("en", "Ukraine/PROPN was/AUX criticized/VERB by/ADP Russia/PROPN ./PUNCT");
    assertEquals("criticized passive subj=Ukraine obj= agent=Russia", frame(d, "criticized"));
    Document r = parsed("fr", "Kiev/PROPN ,/PUNCT soutenu/VERB par/ADP Washington/PROPN ,/PUNCT résiste/VERB ./PUNCT");
    assertEquals("soutenu passive subj=Kiev obj= agent=Washington", frame(r, "soutenu"));
  }

  @Test
  void anInfinitiveTakesTheSubjectOrTheObjectOfTheVerbItDependsOn() {
    Document d = parsed("fr", "L'/DET armée/NOUN a/AUX permis/VERB de/ADP repousser/VERB le/DET groupe/NOUN ./PUNCT");
    assertEquals("repousser subj=L' armée obj=le groupe", frame(d, "repousser"));
    Document o = parsed("fr", "Moscou/PROPN a/AUX accusé/VERB les/DET États-Unis/PROPN de/ADP soutenir/VERB Kiev/PROPN ./PUNCT");
    assertEquals("soutenir subj=les États-Unis obj=Kiev", frame(o, "soutenir"));
  }

  @Test
  void aCoordinatedVerbSharesTheSubject() {
    Document d = parsed("en", "France/PROPN condemned/VERB the/DET attack/NOUN and/CCONJ threatened/VERB Syria/PROPN ./PUNCT");
    assertEquals("threatened subj=France obj=Syria", frame(d, "threatened"));
  }

  @Test
  void aNameBeforeItsAppositionIsTheSubject() {
    Document d = parsed("fr", "Donald/PROPN Trump/PROPN ,/PUNCT le/DET président/NOUN américain/ADJ ,/PUNCT a/AUX critiqué/VERB"
        + " la/DET Chine/PROPN ./PUNCT");
    assertEquals("critiqué subj=Donald Trump obj=la Chine", frame(d, "critiqué"));
  }

  @Test
  void negationAndAnAdverbialPhraseBeforeTheObject() {
    Document d = parsed("fr", "La/DET France/PROPN n'/ADV a/AUX pas/ADV critiqué/VERB la/DET Chine/PROPN ./PUNCT");
    assertEquals("critiqué negated subj=La France obj=la Chine", frame(d, "critiqué"));
    Document a = parsed("fr", "L'/DET armée/NOUN affronte/VERB depuis/ADP deux/NUM ans/NOUN l'/DET État/PROPN islamique/ADJ ./PUNCT");
    assertTrue(frame(a, "affronte").endsWith("obj=l' État islamique"), frame(a, "affronte"));
  }
}
