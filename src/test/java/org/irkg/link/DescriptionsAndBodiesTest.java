package org.irkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Data;
import org.irkg.doc.Docs;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.mention.MentionStage;
import org.junit.jupiter.api.Test;

/** Definite descriptions (descriptions.tsv) and state bodies (state-bodies.tsv), on made-up sentences. */
class DescriptionsAndBodiesTest {
  private static Document linked(String lang, String... tagged) {
    Document d = Docs.tagged(lang, LocalDate.of(2017, 3, 17), tagged);
    new MentionStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    new LinkStage(Data.GAZETTEER, Data.LEXICONS).process(d);
    return d;
  }

  private static String actorAt(Document d, int sentence, String word) {
    for (Mention m : d.linksIn(sentence)) {
      String span = d.sentences().get(sentence).span(m.first(), m.end());
      if (m.actor() != null && span.contains(word)) {
        return m.actor().iri().substring(m.actor().iri().lastIndexOf('/') + 1);
      }
    }
    return null;
  }

  @Test
  void aDescriptionNamesTheActorOfItsTypeNamedLast() {
    Document d = linked("fr", "Boko/PROPN Haram/PROPN a/AUX attaqué/VERB ./PUNCT",
        "La/DET secte/NOUN islamiste/ADJ a/AUX fui/VERB ./PUNCT");
    assertEquals("boko-haram", actorAt(d, 1, "secte"));
  }

  @Test
  void manyCountriesAreNotTheOneNamedLast() {
    Document d = linked("fr", "La/DET Suède/PROPN attend/VERB ./PUNCT",
        "Les/DET pays/NOUN membres/NOUN décident/VERB ./PUNCT");
    assertEquals(null, actorAt(d, 1, "pays"));
  }

  @Test
  void anArmyNamedWithItsStateIsOneBodyOfThatState() {
    Document d = linked("fr", "L'/DET armée/NOUN pakistanaise/ADJ a/AUX un/DET chef/NOUN ./PUNCT");
    Actor army = body(d, 0);
    assertEquals("https://w3id.org/irkg/id/org/army-pak", army.iri());
    assertEquals("https://w3id.org/irkg/id/state/PAK", army.state());
    assertEquals("Pakistani Armed Forces", army.label("en"));
    assertTrue(army.aliases().stream().anyMatch(n -> n.text().equals("armée du Pakistan")), army.aliases().toString());
    Document e = linked("en", "The/DET Syrian/ADJ army/NOUN fights/VERB ./PUNCT");
    assertEquals("https://w3id.org/irkg/id/org/syrian-arab-army", body(e, 0).iri()); // the gazetteer's
  }

  @Test
  void coordinatedStatesAfterArmiesGiveABodyEach() {
    Document d = linked("fr", "Les/DET armées/NOUN du/ADP+DET Nigeria/PROPN ,/PUNCT du/ADP+DET Niger/PROPN et/CCONJ"
        + " du/ADP+DET Tchad/PROPN avancent/VERB ./PUNCT");
    List<String> bodies = d.linksIn(0).stream().filter(m -> m.actor() != null && m.actor().type() == ActorType.GOVERNMENT_BODY)
        .map(m -> m.actor().iri().substring(m.actor().iri().lastIndexOf('/') + 1)).toList();
    assertEquals(List.of("army-nga", "army-ner", "army-tcd"), bodies);
  }

  private static Actor body(Document d, int sentence) {
    return d.linksIn(sentence).stream().map(Mention::actor)
        .filter(a -> a != null && a.type() == ActorType.GOVERNMENT_BODY).findFirst().orElseThrow();
  }
}
