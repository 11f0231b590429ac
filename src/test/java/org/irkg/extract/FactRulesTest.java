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
import org.junit.jupiter.api.Test;

/** The fact rules on hand-tagged sentences, one family per test; no OpenNLP model needed. */
class FactRulesTest {
  /** Tagged sentences through mentions, linking and facts. */
  private static Document extracted(String lang, LocalDate date, String... tagged) {
    Document d = Docs.tagged(lang, date, tagged);
    new MentionStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new LinkStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new org.irkg.syntax.SyntaxStage(Data.LEXICONS).process(d);
    new FactStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    return d;
  }

  private static List<String> facts(String lang, LocalDate date, String... tagged) {
    Document d = extracted(lang, date, tagged);
    List<String> out = new ArrayList<>();
    for (Fact f : d.facts()) {
      if (f instanceof Fact.Membership m) {
        out.add("member " + id(m.member()) + " " + id(m.organization()) + " " + m.polarity());
      } else if (f instanceof Fact.Position p) {
        out.add("position " + id(p.holder()) + " " + (p.roleOf() == null ? "-" : id(p.roleOf())));
      } else if (f instanceof Fact.Meeting m) {
        out.add("meeting " + (m.place() == null ? "-" : id(m.place())) + " " + (m.date() == null ? "-" : m.date().lexical())
            + " " + m.participants().stream().map(FactRulesTest::id).toList());
      } else if (f instanceof Fact.Treaty t) {
        out.add("treaty " + t.name() + " " + (t.date() == null ? "-" : t.date().lexical()));
      } else if (f instanceof Fact.Relation r) {
        out.add("relation " + id(r.subject()) + " " + r.predicate() + " " + id(r.object()));
      }
    }
    return out;
  }

  private static String id(Actor a) {
    return a.iri().substring(a.iri().lastIndexOf('/') + 1);
  }

  private static final LocalDate TUESDAY = LocalDate.of(2016, 12, 6);

  @Test
  void membershipWithNegation() {
    List<String> f = facts("fr", TUESDAY,
        "Membres/NOUN de/ADP l'/DET UE/PROPN ,/PUNCT mais/CCONJ pas/ADV de/ADP l'/DET OTAN/PROPN ,/PUNCT la/DET Finlande/PROPN et/CCONJ la/DET Suède/PROPN ont/AUX participé/VERB en/ADP tant/ADV que/SCONJ voisins/NOUN de/ADP la/DET Russie/PROPN");
    assertEquals(List.of("member FIN european-union true", "member SWE european-union true",
        "member FIN nato false", "member SWE nato false"), f);
  }

  @Test
  void seekingMembershipIsAnExplicitNonMembership() {
    assertEquals(List.of("member UKR nato false"),
        facts("en", TUESDAY, "Ukraine/PROPN is/AUX seeking/VERB membership/NOUN of/ADP NATO/PROPN"));
    assertEquals(List.of("member VNM world-trade-organization false"), facts("en", TUESDAY,
        "They/PRON discussed/VERB Vietnam/PROPN 's/PART effort/NOUN to/PART join/VERB the/DET WTO/PROPN"));
  }

  @Test
  void positionsFromAppositionAndPremodifiers() {
    assertEquals(List.of("position jens-stoltenberg nato"), facts("fr", TUESDAY,
        "Jens/PROPN Stoltenberg/PROPN ,/PUNCT secrétaire/NOUN général/ADJ de/ADP l'/DET OTAN/PROPN ,/PUNCT a/AUX admis/VERB"));
    assertEquals(List.of("position jean-marc-ayrault FRA"), facts("fr", TUESDAY,
        "a/AUX déclaré/VERB le/DET ministre/NOUN français/ADJ Jean-Marc/PROPN Ayrault/PROPN"));
    assertEquals(List.of("position hu-jintao CHN"), facts("en", TUESDAY,
        "Chinese/ADJ President/PROPN Hu/PROPN Jintao/PROPN arrived/VERB"));
  }

  @Test
  void meetingsMergeAcrossSentencesAndKeepTheirOwnPlaceAndDate() {
    List<String> f = facts("fr", TUESDAY,
        "John/PROPN Kerry/PROPN a/AUX participé/VERB mardi/NOUN à/ADP une/DET réunion/NOUN à/ADP Bruxelles/PROPN ./PUNCT",
        "La/DET Finlande/PROPN a/AUX participé/VERB à/ADP cette/DET réunion/NOUN ,/PUNCT après/ADP le/DET sommet/NOUN de/ADP Varsovie/PROPN en/ADP juillet/NOUN ./PUNCT");
    assertEquals(2, f.size(), f.toString());
    assertTrue(f.get(0).startsWith("meeting brussels 2016-12-06 [john-kerry"), f.get(0));
    assertTrue(f.get(0).contains("FIN"), f.get(0));
    assertTrue(f.get(1).startsWith("meeting - 2016-07"), f.get(1));
  }

  @Test
  void treatiesNeedANameNotJustAHead() {
    assertEquals(List.of("treaty accord sur le nucléaire iranien 2015", "treaty accord de Paris sur le climat 2015"),
        facts("fr", TUESDAY,
            "l'/DET accord/NOUN sur/ADP le/DET nucléaire/NOUN iranien/ADJ et/CCONJ celui/PRON de/ADP Paris/PROPN sur/ADP le/DET climat/NOUN conclus/VERB en/ADP 2015/NUM"));
    assertTrue(facts("fr", TUESDAY, "l'/DET accord/NOUN a/AUX été/AUX signé/VERB").isEmpty());
    // an agreement is a treaty; its parties are not thereby read as cooperating (a memorandum
    // between Greece and its creditors is no cooperation)
    assertEquals(List.of("treaty new political economy agreement -"), facts("en", TUESDAY,
        "a/DET new/ADJ political/ADJ economy/NOUN agreement/NOUN between/ADP Brazil/PROPN and/CCONJ China/PROPN"));
  }

  @Test
  void relationsNeedAVerbAndKeepTheirDirection() {
    assertEquals(List.of("relation donald-trump criticizes nato"), facts("fr", TUESDAY,
        "Donald/PROPN Trump/PROPN a/AUX vivement/ADV critiqué/VERB l'/DET OTAN/PROPN"));
    assertEquals(List.of("relation european-union cooperatesWith nato"), facts("fr", TUESDAY,
        "renforcer/VERB la/DET coopération/NOUN entre/ADP l'/DET UE/PROPN et/CCONJ l'/DET OTAN/PROPN ./PUNCT",
        "la/DET coopération/NOUN entre/ADP l'/DET OTAN/PROPN et/CCONJ l'/DET UE/PROPN"));
    // who faces a threat is its target; the subject after "que constitue" is its source
    assertEquals(List.of("relation RUS threatens nato"), facts("fr", TUESDAY,
        "l'/DET OTAN/PROPN face/NOUN aux/ADP+DET menaces/NOUN que/PRON constitue/VERB la/DET Russie/PROPN"));
  }

  @Test
  void threatsAndTheirSources() {
    assertEquals(List.of("relation RUS threatens nato", "relation islamic-state threatens nato"), facts("fr", TUESDAY,
        "la/DET coopération/NOUN avec/ADP l'/DET OTAN/PROPN face/NOUN aux/ADP+DET menaces/NOUN que/PRON constituent/VERB"
            + " la/DET Russie/PROPN et/CCONJ l'/DET organisation/NOUN État/PROPN islamique/ADJ"));
  }

  @Test
  void theTwoCountriesAreTheLastTwoStatesNamed() {
    List<String> f = facts("en", TUESDAY,
        "Brazil/PROPN welcomed/VERB the/DET Vietnamese/ADJ president/NOUN ./PUNCT",
        "They/PRON will/AUX talk/VERB about/ADP cooperation/NOUN between/ADP the/DET two/NUM countries/NOUN ./PUNCT");
    assertTrue(f.contains("relation BRA cooperatesWith VNM"), f.toString());
  }

  @Test
  void aGovernmentNounNamesItsState() {
    List<String> f = facts("fr", TUESDAY,
        "La/DET Grèce/PROPN a/AUX un/DET nouveau/ADJ gouvernement/NOUN ./PUNCT",
        "Bruxelles/PROPN a/AUX salué/VERB la/DET création/NOUN de/ADP ce/DET nouveau/ADJ gouvernement/NOUN ./PUNCT");
    assertTrue(f.contains("relation european-commission supports GRC"), f.toString());
  }

  @Test
  void officesGivenByAVerbOrServedAbroad() {
    assertEquals(List.of("position mohamed-morsi EGY"), facts("fr", TUESDAY,
        "Mohamed/PROPN Morsi/PROPN a/AUX été/AUX élu/VERB président/NOUN de/ADP l'/DET Égypte/PROPN"));
    assertEquals(List.of("position anami-koreshige JPN"), facts("en", TUESDAY,
        "the/DET Japanese/ADJ ambassador/NOUN to/ADP China/PROPN Anami/PROPN Koreshige/PROPN"));
  }

  @Test
  void aMembershipStaysInItsClause() {
    assertEquals(List.of("member GRC european-union true", "member TUR european-union false"), facts("en", TUESDAY,
        "Greece/PROPN is/AUX a/DET member/NOUN of/ADP the/DET European/PROPN Union/PROPN ,/PUNCT while/SCONJ"
            + " Turkey/PROPN has/AUX been/AUX seeking/VERB EU/PROPN membership/NOUN"));
  }

  @Test
  void aTitleEndingOnAPrepositionRunsToTheBodyItHeads() {
    Document d = extracted("en", TUESDAY, "Jens/PROPN Stoltenberg/PROPN ,/PUNCT head/NOUN of/ADP NATO/PROPN ,/PUNCT spoke/VERB ./PUNCT");
    List<String> roles = d.facts().stream().filter(f -> f instanceof Fact.Position).map(f -> ((Fact.Position) f).role()).toList();
    assertEquals(List.of("head of NATO"), roles);
  }

  @Test
  void aClauseBetweenCommasNeitherCutsNorHidesAMembership() {
    // "Cambodia, whose flag was to have been raised ..., is not a member": ASEAN, named just before
    assertEquals(List.of("member KHM asean false"), facts("en", TUESDAY,
        "ASEAN/PROPN admitted/VERB Laos/PROPN ./PUNCT",
        "Cambodia/PROPN ,/PUNCT whose/PRON flag/NOUN was/AUX to/PART be/AUX raised/VERB ,/PUNCT is/AUX not/PART"
            + " a/DET member/NOUN ./PUNCT").stream().filter(f -> f.startsWith("member KHM")).toList());
    assertEquals(List.of("member PNG asean false"), facts("en", TUESDAY,
        "ASEAN/PROPN admitted/VERB Laos/PROPN ./PUNCT",
        "Papua/PROPN New/PROPN Guinea/PROPN ,/PUNCT which/PRON has/AUX held/VERB observer/NOUN status/NOUN"
            + " since/ADP 1976/NUM ,/PUNCT attended/VERB ./PUNCT").stream().filter(f -> f.startsWith("member PNG")).toList());
    assertEquals(List.of("member SEN g5-sahel false"), facts("fr", TUESDAY,
        "Le/DET G5/PROPN Sahel/PROPN se/PRON réunit/VERB ./PUNCT",
        "Le/DET Sénégal/PROPN ,/PUNCT qui/PRON a/AUX le/DET statut/NOUN d'/ADP observateur/NOUN ,/PUNCT"
            + " était/AUX présent/ADJ ./PUNCT").stream().filter(f -> f.startsWith("member SEN")).toList());
  }

  @Test
  void aVisitOverTwoDaysIsOneMeetingAndAClauseBetweenCommasTakesNoPart() {
    LocalDate saturday = LocalDate.of(2018, 2, 10);
    List<String> visit = facts("fr", saturday,
        "Le/DET président/NOUN sénégalais/ADJ Macky/PROPN Sall/PROPN et/CCONJ Mohamed/PROPN Ould/PROPN Abdel/PROPN"
            + " Aziz/PROPN ont/AUX signé/VERB vendredi/NOUN à/ADP Nouakchott/PROPN un/DET accord/NOUN ./PUNCT",
        "Arrivé/VERB jeudi/NOUN pour/ADP une/DET visite/NOUN officielle/ADJ ,/PUNCT M./NOUN Sall/PROPN était/AUX"
            + " accompagné/VERB du/ADP ministre/NOUN Sidiki/PROPN Kaba/PROPN ./PUNCT");
    assertEquals(1, visit.stream().filter(f -> f.startsWith("meeting")).count(), visit.toString());
    List<String> later = facts("fr", saturday,
        "Le/DET Sénégal/PROPN et/CCONJ la/DET Mauritanie/PROPN ont/AUX signé/VERB un/DET accord/NOUN ./PUNCT",
        "Les/DET deux/NUM pays/NOUN ,/PUNCT qui/PRON sont/AUX membres/NOUN ,/PUNCT avec/ADP le/DET Mali/PROPN et/CCONJ"
            + " la/DET Guinée/PROPN ,/PUNCT de/ADP l'/DET OMVS/PROPN ,/PUNCT ont/AUX convenu/VERB de/ADP réunir/VERB"
            + " en/ADP mars/NOUN à/ADP Dakar/PROPN leur/DET commission/NOUN mixte/ADJ ./PUNCT");
    assertTrue(later.contains("meeting dakar 2018-03 [SEN, MRT]"), later.toString());
  }

  @Test
  void coordinatedPortfoliosAreOneOfficeAndCoordinatedTitlesShareTheirState() {
    List<String> f = facts("fr", TUESDAY,
        "Le/DET président/NOUN sénégalais/ADJ Macky/PROPN Sall/PROPN était/AUX accompagné/VERB de/ADP son/DET"
            + " ministre/NOUN de/ADP l'/DET Économie/PROPN et/CCONJ des/DET Finances/PROPN ,/PUNCT Amadou/PROPN Ba/PROPN ,/PUNCT"
            + " et/CCONJ du/ADP ministre/NOUN de/ADP l'/DET Intérieur/PROPN ,/PUNCT Aly/PROPN Ngouille/PROPN Ndiaye/PROPN ./PUNCT");
    assertTrue(f.contains("position amadou-ba SEN"), f.toString());
    assertTrue(f.contains("position aly-ngouille-ndiaye SEN"), f.toString());
  }

  @Test
  void itsTakesUpTheSubjectOfTheSentenceBefore() {
    List<String> f = facts("en", TUESDAY,
        "Lithuania/PROPN ,/PUNCT an/DET EU/PROPN member/NOUN that/PRON borders/VERB Belarus/PROPN ,/PUNCT protested/VERB ./PUNCT",
        "Its/PRON Foreign/PROPN Minister/PROPN ,/PUNCT Gabrielius/PROPN Landsbergis/PROPN ,/PUNCT spoke/VERB ./PUNCT");
    assertTrue(f.contains("position gabrielius-landsbergis LTU"), f.toString());
  }

  @Test
  void hisSpokesmanServesTheStateHisEmployerHoldsOfficeIn() {
    List<String> f = facts("en", TUESDAY,
        "Philippine/ADJ President/PROPN Joseph/PROPN Estrada/PROPN warned/VERB the/DET rebels/NOUN ./PUNCT",
        "Estrada/PROPN ,/PUNCT who/PRON ordered/VERB an/DET offensive/NOUN ,/PUNCT spoke/VERB ./PUNCT",
        "\"/PUNCT No/DET talks/NOUN ,/PUNCT \"/PUNCT said/VERB his/PRON spokesman/NOUN ,/PUNCT Ramon/PROPN Villaruel/PROPN ./PUNCT");
    assertTrue(f.contains("position ramon-villaruel PHL"), f.toString());
  }

  @Test
  void anAmbassadorsPostDoesNotHideTheName() {
    List<String> f = facts("en", TUESDAY,
        "Finland/PROPN 's/PART ambassador/NOUN in/ADP Kuala/PROPN Lumpur/PROPN ,/PUNCT Leena/PROPN Saarinen/PROPN ,/PUNCT"
            + " travelled/VERB to/ADP Sabah/PROPN ./PUNCT");
    assertTrue(f.contains("position leena-saarinen FIN"), f.toString());
  }

  @Test
  void whoWasPrimeMinisterOfWhomIsTheOneNamedBefore() {
    List<String> f = facts("fr", TUESDAY,
        "Mohamed/PROPN Morsi/PROPN a/AUX été/AUX élu/VERB président/NOUN de/ADP l'/DET Égypte/PROPN contre/ADP son/DET"
            + " rival/NOUN Ahmad/PROPN Chafiq/PROPN qui/PRON fut/AUX l'/DET ancien/ADJ premier/ADJ ministre/NOUN d'/ADP"
            + " Hosni/PROPN Moubarak/PROPN ./PUNCT");
    assertTrue(f.contains("position ahmad-chafiq EGY"), f.toString());
    assertTrue(f.stream().noneMatch(x -> x.startsWith("position hosni")), f.toString());
  }

  @Test
  void aRepresentativeOfAStateHoldsThatOffice() {
    List<String> f = facts("fr", TUESDAY,
        "Kenzo/PROPN Oshima/PROPN ,/PUNCT représentant/NOUN du/ADP Japon/PROPN ,/PUNCT a/AUX qualifié/VERB l'/DET essai/NOUN ./PUNCT");
    assertTrue(f.contains("position kenzo-oshima JPN"), f.toString());
  }

  @Test
  void theStateOfTheBodyAnOfficeServesIsTheOffices() {
    List<String> f = facts("fr", TUESDAY,
        "Ibrahim/PROPN Kalin/PROPN ,/PUNCT porte-parole/NOUN de/ADP la/DET présidence/NOUN turque/ADJ ,/PUNCT a/AUX"
            + " démenti/VERB ./PUNCT");
    assertTrue(f.contains("position ibrahim-kalin TUR"), f.toString());
    List<String> g = facts("fr", TUESDAY,
        "Moussa/PROPN Faki/PROPN Mahamat/PROPN ,/PUNCT président/NOUN de/ADP la/DET Cellule/PROPN de/ADP l'/DET UA/PROPN"
            + " ,/PUNCT a/AUX salué/VERB l'/DET accord/NOUN ./PUNCT");
    assertTrue(g.contains("position moussa-faki-mahamat african-union"), g.toString());
  }

  @Test
  void counterpartsHoldTheSameKindOfOffice() {
    assertEquals(List.of("position adama-barrow GMB"), facts("fr", TUESDAY,
        "son/DET homologue/NOUN gambien/ADP Adama/PROPN Barrow/PROPN"));
    // whoever says "ses homologues" does not hold that office: nobody is named beside it
    assertEquals(List.of(), facts("fr", TUESDAY,
        "John/PROPN Kerry/PROPN a/AUX participé/VERB à/ADP la/DET réunion/NOUN avec/ADP ses/DET homologues/NOUN"
            + " des/ADP 27/NUM autres/ADJ pays/NOUN ./PUNCT").stream().filter(f -> f.startsWith("position")).toList());
    assertEquals(List.of(), facts("en", TUESDAY,
        "Chinese/ADJ President/PROPN Xi/PROPN Jinping/PROPN invited/VERB his/PRON counterparts/NOUN to/ADP"
            + " Hangzhou/PROPN ./PUNCT").stream().filter(f -> f.startsWith("position") && !f.contains("CHN")).toList());
  }

  @Test
  void anObjectPronounPointsBackAndACondemnedAttackNamesItsGroup() {
    List<String> f = facts("fr", TUESDAY,
        "La/DET Suède/PROPN attend/VERB ./PUNCT",
        "Ankara/PROPN lui/PRON reproche/VERB sa/DET complaisance/NOUN envers/ADP le/DET PKK/PROPN ./PUNCT");
    assertEquals(List.of("relation TUR criticizes SWE"), f);
    List<String> g = facts("fr", TUESDAY,
        "AQMI/PROPN a/AUX revendiqué/VERB l'/DET attaque/NOUN ./PUNCT",
        "Paris/PROPN a/AUX condamné/VERB «/PUNCT avec/ADP fermeté/NOUN »/PUNCT cet/DET attentat/NOUN ./PUNCT");
    assertTrue(g.stream().anyMatch(x -> x.startsWith("relation FRA criticizes")), g.toString());
  }

  @Test
  void officesFromAGovernmentLineUp() {
    List<String> f = facts("fr", TUESDAY,
        "La/DET Grèce/PROPN a/AUX un/DET gouvernement/NOUN ./PUNCT",
        "Le/DET ministère/NOUN des/ADP+DET Affaires/PROPN étrangères/ADJ revient/VERB au/ADP+DET conservateur/NOUN"
            + " Dimitris/PROPN Avramopoulos/PROPN ,/PUNCT Panos/PROPN Panayiotopoulos/PROPN reçoit/VERB la/DET Défense/PROPN ./PUNCT");
    assertTrue(f.contains("position dimitris-avramopoulos GRC"), f.toString());
    assertTrue(f.contains("position panos-panayiotopoulos GRC"), f.toString());
  }
}
