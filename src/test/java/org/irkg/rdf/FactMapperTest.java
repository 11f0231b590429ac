package org.irkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.irkg.doc.Actor;
import org.irkg.doc.Data;
import org.irkg.doc.DateValue;
import org.irkg.doc.Docs;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Ids;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.junit.jupiter.api.Test;

class FactMapperTest {
  @Test
  void writesTheArticleItsActorsAndFactsIntoTheArticleGraph() {
    Document d = Docs.tagged("fr", LocalDate.of(2016, 12, 6), "la/DET Finlande/PROPN et/CCONJ l'/DET OTAN/PROPN");
    Actor fin = Data.GAZETTEER.state("FIN");
    Actor nato = Data.GAZETTEER.byIri(Ids.organization("nato"));
    Actor person = new Actor(Ids.person("Ann Example"), org.irkg.doc.ActorType.PERSON,
        java.util.Map.of("", "Ann Example"), List.of(), null, null, null);
    d.setMentions(List.of());
    d.setLinks(List.of(Mention.actor(0, 1, 2, MentionKind.NAME, fin), Mention.actor(0, 4, 5, MentionKind.NAME, nato),
        Mention.actor(0, 0, 1, MentionKind.NAME, person)));
    Evidence ev = Evidence.of(d.sentences().get(0), "test-rule", 0.75);
    d.setFacts(List.of(new Fact.Membership(fin, nato, false, List.of(ev)),
        new Fact.Meeting(List.of(fin, nato), null, new DateValue(2016, 7, 0), null, List.of(ev))));

    DatasetGraph dsg = DatasetGraphFactory.create();
    new FactMapper(Data.GAZETTEER).write(d, StreamRDFLib.dataset(dsg));

    Node g = NodeFactory.createURI(Ids.article("test"));
    assertEquals(1, dsg.stream().map(q -> q.getGraph()).distinct().count(), "one named graph");
    Node m = NodeFactory.createURI(Ids.fact("test", "membership", 1));
    assertTrue(dsg.contains(g, m, Vocab.TYPE, Vocab.MEMBERSHIP));
    assertTrue(dsg.contains(g, m, Vocab.POLARITY, Terms.bool(false)));
    assertTrue(dsg.contains(g, m, Vocab.CONFIDENCE, Terms.decimal(0.75)));
    assertTrue(dsg.contains(g, m, Vocab.EVIDENCE, Terms.text(ev.text(), null)));
    assertTrue(dsg.contains(g, m, Vocab.SOURCE, g));
    // a negative membership gives no memberOf shortcut
    assertTrue(!dsg.contains(g, Terms.node(fin), Vocab.MEMBER_OF, Terms.node(nato)));
    Node meeting = NodeFactory.createURI(Ids.fact("test", "meeting", 1));
    assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth",
        dsg.find(g, meeting, Vocab.DATE, Node.ANY).next().getObject().getLiteralDatatypeURI());
    assertTrue(dsg.contains(g, g, Vocab.MENTIONS, Terms.node(fin)));
    // actors the gazetteer does not describe get their type and label in the article graph
    assertTrue(dsg.contains(g, Terms.node(person), Vocab.TYPE, Vocab.ir("Person")));
    assertTrue(dsg.contains(g, Terms.node(person), Vocab.LABEL, Terms.text("Ann Example", "fr")));
    assertTrue(!dsg.contains(g, Terms.node(fin), Vocab.TYPE, Node.ANY));
  }
}
