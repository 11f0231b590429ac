package org.irkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.irkg.doc.ActorType;
import org.irkg.doc.Data;
import org.irkg.doc.Docs;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.junit.jupiter.api.Test;

class MentionStageTest {
  private static final MentionStage STAGE = new MentionStage(Data.GAZETTEER, Data.LEXICONS);

  private static List<Mention> mentions(String lang, String tagged) {
    Document d = Docs.tagged(lang, LocalDate.of(2016, 12, 6), tagged);
    STAGE.process(d);
    return d.mentions();
  }

  private static String describe(List<Mention> ms) {
    StringBuilder sb = new StringBuilder();
    for (Mention m : ms) {
      sb.append(m.kind()).append(':');
      if (m.actor() != null) {
        sb.append(m.actor().iri().replace("https://w3id.org/irkg/id/", ""));
      } else if (m.date() != null) {
        sb.append(m.date().lexical());
      } else {
        sb.append(m.role());
      }
      sb.append(' ');
    }
    return sb.toString().trim();
  }

  @Test
  void aDatelineNamesPlacesNotActors() {
    // where the story was filed: the city (not its government), the country's territory
    assertEquals("NAME:place/kuala-lumpur NAME:place/malaysia NAME:org/asean NAME:state/LAO", describe(mentions("en",
        "KUALA/PROPN LUMPUR/PROPN ,/PUNCT Malaysia/PROPN –/PUNCT ASEAN/PROPN admitted/VERB Laos/PROPN")));
    // without the capitals before a dash there is no dateline: the capital acts for its state
    assertEquals("NAME:state/MYS NAME:org/asean", describe(mentions("en", "Malaysia/PROPN –/PUNCT ASEAN/PROPN")));
    assertEquals("NAME:state/MYS NAME:state/MYS", describe(mentions("en", "KUALA/PROPN LUMPUR/PROPN said/VERB Malaysia/PROPN")));
  }

  @Test
  void aNaturalPlaceIsNoPerson() {
    List<Mention> ms = mentions("en", "on/ADP the/DET shore/NOUN of/ADP Lake/PROPN Prespa/PROPN ,/PUNCT watched/VERB by/ADP"
        + " Prime/PROPN Ministers/PROPN Alexis/PROPN Tsipras/PROPN");
    assertTrue(describe(ms).startsWith("NAME:place/lake-prespa "), describe(ms));
    assertEquals("NAME:place/sidi-yeyia", describe(mentions("fr",
        "la/DET porte/NOUN de/ADP la/DET mosquée/NOUN Sidi/PROPN Yeyia/PROPN")));
  }

  @Test
  void elisionCaseAndAcronyms() {
    String got = describe(mentions("fr", "l'/DET OTAN/PROPN et/CCONJ l'/DET UE/PROPN d'/ADP Ukraine/PROPN"));
    assertEquals("NAME:org/nato NAME:org/european-union NAME:state/UKR", got);
    // "us" is a pronoun, not the United States; "la réunion" is not La Réunion
    assertEquals("", describe(mentions("en", "let/VERB us/PRON go/VERB")));
    assertEquals("", describe(mentions("fr", "La/DET réunion/NOUN était/AUX longue/ADJ")));
  }

  @Test
  void demonymsStandForTheirState() {
    List<Mention> ms = mentions("fr", "le/DET chef/NOUN de/ADP la/DET diplomatie/NOUN américaine/ADJ");
    Mention m = ms.get(ms.size() - 1);
    assertEquals(MentionKind.DEMONYM, m.kind());
    assertEquals(ActorType.STATE, m.actor().type());
    assertEquals("USA", m.actor().isoCode());
  }

  @Test
  void aCapitalIsItsStateUnlessItIsWhereSomethingHappens() {
    assertEquals("NAME:state/RUS", describe(mentions("fr", "l'/DET annexion/NOUN par/ADP Moscou/PROPN")));
    assertEquals("NAME:place/warsaw", describe(mentions("fr", "le/DET sommet/NOUN à/ADP Varsovie/PROPN")));
    assertEquals("NAME:org/european-commission",
        describe(mentions("fr", "Bruxelles/PROPN a/AUX salué/VERB")), "Brussels acting is the Commission");
  }

  @Test
  void personsFromFirstNamesHonorificsAndTitles() {
    assertEquals("TITLE:Minister DEMONYM:state/FRA NAME:person/jean-marc-ayrault",
        describe(mentions("fr", "le/DET ministre/NOUN français/ADJ Jean-Marc/PROPN Ayrault/PROPN")));
    List<Mention> ms = mentions("en", "Mr./PROPN Zorbanu/PROPN said/VERB");
    assertEquals("person/zorbanu", ms.get(0).actor().iri().replace("https://w3id.org/irkg/id/", ""));
    assertTrue(!ms.get(0).tentative());
  }

  @Test
  void organisationsFromAHeadNounTakeTheirAdjectives() {
    List<Mention> ms = mentions("fr",
        "un/DET Centre/PROPN européen/ADJ de/ADP lutte/NOUN contre/ADP les/DET «/PUNCT menaces/NOUN hybrides/ADJ »/PUNCT ,/PUNCT a/AUX dit/VERB");
    assertEquals(1, ms.size(), describe(ms));
    assertEquals("Centre européen de lutte contre les menaces hybrides", ms.get(0).actor().label("fr"));
    assertEquals(ActorType.INTERNATIONAL_ORGANIZATION, ms.get(0).actor().type());
  }

  @Test
  void datesResolveAgainstTheArticleDate() {
    // 6 December 2016 was a Tuesday
    assertEquals("DATE:2016-12-06", describe(mentions("fr", "mardi/NOUN")));
    assertEquals("DATE:2016-07", describe(mentions("fr", "en/ADP juillet/NOUN")));
    assertEquals("DATE:2016-11-29", describe(mentions("en", "last/ADJ Tuesday/PROPN")));
    assertEquals("DATE:2004-11-13", describe(mentions("en", "on/ADP November/PROPN 13/NUM ,/PUNCT 2004/NUM")));
    assertEquals("DATE:2015", describe(mentions("fr", "conclus/VERB en/ADP 2015/NUM")));
  }

  @Test
  void actorsNamedInsideALongerNameAndPlacesTheGazetteerLacks() {
    String got = describe(mentions("fr", "le/DET Conseil/PROPN de/ADP sécurité/NOUN de/ADP l'/DET ONU/PROPN"));
    assertTrue(got.contains("NAME:org/un-security-council") && got.contains("NAME:org/united-nations"), got);
    assertEquals("NAME:place/granja-do-torto",
        describe(mentions("en", "lunch/NOUN at/ADP the/DET Granja/PROPN do/AUX Torto/PROPN ./PUNCT")));
    assertEquals("NAME:state/CHL NAME:place/chile", describe(mentions("en", "a/DET summit/NOUN in/ADP Chile/PROPN")));
  }

  @Test
  void anOrganisationNameEndsWithItsOwnPrepositions() {
    List<Mention> ms = mentions("en", "the/DET Moro/PROPN Islamic/PROPN Liberation/PROPN Front/PROPN on/ADP Mindanao/PROPN");
    assertEquals("Moro Islamic Liberation Front", ms.get(0).actor().label("en"));
    List<Mention> fr = mentions("fr", "le/DET Conseil/PROPN de/ADP paix/NOUN et/CCONJ de/ADP sécurité/NOUN ,/PUNCT");
    assertEquals("Conseil de paix et de sécurité", fr.get(0).actor().label("fr"));
  }
}
