package org.irkg.store.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.irkg.rdf.Vocab;
import org.junit.jupiter.api.Test;

/** The RDF to property graph rules, on a small dataset in memory (no Neo4j needed). */
class MappingTest {
  private static final String ID = "https://w3id.org/irkg/id/";
  private static final String GAZ = ID + "graph/gazetteer";
  private static final String ART = ID + "article/a";

  private static final String TRIG = """
      PREFIX ir: <https://w3id.org/irkg/ontology#>
      PREFIX id: <https://w3id.org/irkg/id/>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      id:graph\\/gazetteer {
        id:org\\/nato a ir:Alliance, ir:InternationalOrganization, ir:Actor ;
          rdfs:label "North Atlantic Treaty Organization"@en, "Organisation du traité de l'Atlantique nord"@fr ;
          skos:altLabel "NATO"@en, "Atlantic Alliance"@en, "OTAN"@fr ;
          owl:sameAs <http://www.wikidata.org/entity/Q7184> .
        id:state\\/USA a ir:State, ir:Actor ; rdfs:label "United States"@en ; ir:isoCode "USA" .
        id:state\\/FIN a ir:State, ir:Actor ; rdfs:label "Finlande"@fr ; ir:memberOf id:org\\/eu .
      }
      id:article\\/a {
        id:article\\/a a ir:Article ; dcterms:source "a.txt" ; dcterms:date "2016-12-06"^^xsd:date ;
          dcterms:title "Titre"@fr ; ir:mentions id:org\\/nato, id:person\\/x .
        id:person\\/x a ir:Person, ir:Actor ; rdfs:label "X"@fr .
        id:meeting\\/a-1 a ir:Meeting, ir:Event ; ir:participant id:state\\/USA, id:person\\/x ;
          ir:date "2016-07"^^xsd:gYearMonth ; ir:evidence "They met." ; ir:confidence 0.90 ;
          ir:charStart 12 ; ir:source id:article\\/a .
        id:membership\\/a-1 a ir:Membership ; ir:member id:state\\/FIN ; ir:organization id:org\\/nato ;
          ir:polarity false ; ir:evidence "Not a member." , "Still not." ; ir:source id:article\\/a .
        id:treaty\\/a-1 a ir:Treaty ; ir:date "2015"^^xsd:gYear, "2015-07-14"^^xsd:date ; ir:evidence "Signed." .
        id:person\\/x ir:criticizes id:org\\/nato .
        id:relation\\/a-1 a ir:Relation ; rdf:subject id:person\\/x ; rdf:predicate ir:criticizes ;
          rdf:object id:org\\/nato ; ir:evidence "X slammed NATO." ; ir:confidence 0.7 ; ir:source id:article\\/a .
      }
      """;

  private static QuadSource source() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
    return QuadSource.of(dsg, Set.of());
  }

  private static Batch.NodeRow node(Batch b, String uri) {
    return b.nodes.stream().filter(n -> n.uri().equals(ID + uri)).findFirst().orElseThrow(() -> new AssertionError(uri));
  }

  @Test
  void classesAreLabelsAndLanguageTagsSurvive() {
    Batch b = Batch.of(source(), List.of(GAZ), List.of());
    Batch.NodeRow nato = node(b, "org/nato");
    assertEquals(List.of("Resource", "Actor", "Alliance", "InternationalOrganization"), nato.labels());
    Map<String, Object> p = nato.props();
    assertEquals("North Atlantic Treaty Organization", p.get("name"), "the English label is the name");
    assertEquals("North Atlantic Treaty Organization", p.get("label_en"));
    assertEquals("Organisation du traité de l'Atlantique nord", p.get("label_fr"));
    assertEquals(List.of("Atlantic Alliance", "NATO"), p.get("altLabel_en"));
    assertEquals(List.of("OTAN"), p.get("altLabel_fr"), "a list even with one value");
    assertEquals("http://www.wikidata.org/entity/Q7184", p.get("sameAs"), "an IRI that is no resource is a property");
    assertEquals(ID + "org/nato", p.get("uri"));
    assertEquals(List.of(GAZ), p.get("graphs"));
    assertEquals("Finlande", node(b, "state/FIN").props().get("name"), "without English, the French label");
    assertEquals("USA", node(b, "state/USA").props().get("isoCode"));
  }

  @Test
  void typedLiteralsKeepTheirType() {
    Batch b = Batch.of(source(), List.of(ART), List.of());
    Map<String, Object> meeting = node(b, "meeting/a-1").props();
    assertEquals("2016-07", meeting.get("date"), "a year and month stays as written");
    assertEquals(2016L, meeting.get("dateYear"));
    assertEquals(0.9, meeting.get("confidence"));
    assertEquals(12L, meeting.get("charStart"));
    assertEquals(List.of("They met."), meeting.get("evidence"));
    Map<String, Object> article = node(b, "article/a").props();
    assertEquals(LocalDate.of(2016, 12, 6), article.get("date"));
    assertEquals("Titre", article.get("title_fr"));
    assertEquals("Titre", article.get("title"), "the bare key falls back on the one language there is");
    Map<String, Object> membership = node(b, "membership/a-1").props();
    assertEquals(false, membership.get("polarity"));
    assertEquals(List.of("Not a member.", "Still not."), membership.get("evidence"));
    assertEquals(List.of("2015", "2015-07-14"), node(b, "treaty/a-1").props().get("date"),
        "a date and a year on one node: Neo4j lists hold one type, so both as text");
  }

  @Test
  void objectPropertiesAreRelationshipsTaggedWithTheirGraph() {
    Batch b = Batch.of(source(), List.of(ART), List.of());
    assertTrue(b.relationships.contains(new Batch.RelRow("PARTICIPANT", ID + "meeting/a-1", ID + "state/USA",
        Map.of("graph", ART))), b.relationships.toString());
    assertTrue(b.relationships.contains(new Batch.RelRow("SOURCE", ID + "membership/a-1", ID + "article/a",
        Map.of("graph", ART))));
    assertTrue(b.relationships.contains(new Batch.RelRow("SUBJECT", ID + "relation/a-1", ID + "person/x",
        Map.of("graph", ART))));
    assertEquals(Vocab.IR + "criticizes", node(b, "relation/a-1").props().get("predicate"));
    assertTrue(b.relationships.stream().allMatch(r -> r.props().get("graph").equals(ART)));
    assertTrue(b.relationships.stream().noneMatch(r -> r.to().startsWith("http://www.wikidata.org/")));
  }

  @Test
  void actorRelationsCarryTheirProvenance() {
    Batch b = Batch.of(source(), List.of(ART), List.of());
    List<Batch.RelRow> criticizes = b.relationships.stream().filter(r -> r.type().equals("CRITICIZES")).toList();
    assertEquals(1, criticizes.size(), criticizes.toString());
    Batch.RelRow r = criticizes.get(0);
    assertEquals(ID + "person/x", r.from());
    assertEquals(ID + "org/nato", r.to());
    assertEquals(Map.of("graph", ART, "evidence", List.of("X slammed NATO."), "confidence", 0.7, "source", ART), r.props());
  }

  @Test
  void aResourceNoGraphTypesAnyMoreIsGone() {
    Batch b = Batch.of(source(), List.of(ART), List.of(ID + "meeting/a-9", ID + "person/x"));
    assertEquals(List.of(ID + "meeting/a-9"), b.gone);
    assertEquals(List.of(ART), node(b, "person/x").props().get("graphs"));
    assertTrue(b.nodes.stream().noneMatch(n -> n.uri().equals(ID + "org/nato")),
        "an actor the article only points to is not rewritten: the article says nothing about it");
  }

  @Test
  void namesFollowTheOntology() {
    assertEquals("COOPERATES_WITH", Mapping.relType(NodeFactory.createURI(Vocab.IR + "cooperatesWith")));
    assertEquals("MEMBER_OF", Mapping.relType(Vocab.MEMBER_OF));
    assertEquals("ROLE_OF", Mapping.relType(Vocab.ROLE_OF));
    assertEquals("PARTICIPANT", Mapping.relType(Vocab.PARTICIPANT));
    assertEquals("SAME_AS", Mapping.relType(Vocab.SAME_AS));
    assertEquals("`a``b`", Mapping.quote("a`b"));
  }
}
