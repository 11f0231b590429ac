package org.irkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Ids;
import org.junit.jupiter.api.Test;

/** Every data file of every language loads, and the gazetteer holds together. */
class DataFilesTest {
  @Test
  void everyInstalledLanguageLoads() {
    assertTrue(Lexicon.installed().containsAll(Set.of("fr", "en")));
    for (String lang : Lexicon.installed()) {
      Map<String, Integer> sizes = Lexicon.load(lang).sizes();
      sizes.forEach((file, n) -> assertTrue(n > 0, lang + "/" + file + " is empty"));
    }
  }

  @Test
  void aMissingLanguageIsAClearError() {
    DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class, () -> Lexicon.load("xx"));
    assertTrue(e.getMessage().contains("not installed"), e.getMessage());
  }

  @Test
  void gazetteerHasStatesOrganisationsPersonsAndPlaces() {
    Gazetteer g = Gazetteer.load();
    Actor usa = g.state("USA");
    assertEquals("United States", usa.label("en"));
    assertEquals("États-Unis", usa.label("fr"));
    assertEquals("Q30", usa.wikidata());
    Actor nato = g.byIri(Ids.organization("nato"));
    assertEquals(ActorType.ALLIANCE, nato.type());
    assertTrue(g.isKnownMember(usa, nato, 2016));
    assertFalse(g.isKnownMember(g.state("FIN"), nato, 2016), "Finland joined NATO in 2023");
    assertTrue(g.isKnownMember(g.state("FIN"), nato, 2024));
    assertFalse(g.isKnownMember(g.state("GBR"), g.byIri(Ids.organization("european-union")), 2021));
    assertNotNull(g.byIri(Ids.person("John Kerry")));
    assertNotNull(g.byIri(Ids.place("brussels")));
  }

  @Test
  void everyStateOfAGovernmentBodyOrPersonExists() {
    Gazetteer g = Gazetteer.load();
    Set<String> missing = new HashSet<>();
    for (Actor a : g.actors()) {
      if (a.state() != null && g.byIri(a.state()) == null) {
        missing.add(a.iri() + " -> " + a.state());
      }
    }
    assertTrue(missing.isEmpty(), "unknown states: " + missing);
  }
}
