package org.irkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.irkg.doc.Ids;

/** The ontology's terms as constants (ontology/irkg.ttl is the reference). */
public final class Vocab {
  public static final String IR = "https://w3id.org/irkg/ontology#";
  public static final String WD = "http://www.wikidata.org/entity/";

  public static final Node ACTOR = ir("Actor");
  public static final Node ARTICLE = ir("Article");
  public static final Node PLACE = ir("Place");
  public static final Node MEETING = ir("Meeting");
  public static final Node EVENT = ir("Event");
  public static final Node TREATY = ir("Treaty");
  public static final Node MEMBERSHIP = ir("Membership");
  public static final Node POSITION = ir("Position");
  public static final Node RELATION = ir("Relation");
  /** An event between two actors coded with CAMEO (see ontology/irkg.ttl and EVENTS.md). */
  public static final Node CODED_EVENT = ir("CodedEvent");
  public static final Node SOURCE_ACTOR = ir("sourceActor");
  public static final Node TARGET_ACTOR = ir("targetActor");
  public static final Node CAMEO_CODE = ir("cameoCode");
  public static final Node CAMEO_ROOT = ir("cameoRoot");
  public static final Node QUAD_CLASS = ir("quadClass");
  public static final Node GOLDSTEIN = ir("goldstein");
  public static final Node PLOVER_TYPE = ir("ploverType");
  /** A CAMEO actor code of an actor (USA, IGOUNO, SYRREB), background knowledge from the Phoenix dictionaries. */
  public static final Node ACTOR_CODE = ir("actorCode");
  /** A dated actor code of a person (USAGOV from 2013-02-01 to 2017-01-20): an ir:ActorRole node. */
  public static final Node CODED_ROLE = ir("codedRole");
  public static final Node ACTOR_ROLE = ir("ActorRole");
  /** How many sentences the pipeline read in an article: the share of sentences coded is counted against it. */
  public static final Node SENTENCE_COUNT = ir("sentenceCount");
  public static final Node START_DATE = ir("startDate");
  public static final Node END_DATE = ir("endDate");

  public static final Node PARTICIPANT = ir("participant");
  public static final Node ORGANIZER = ir("organizer");
  public static final Node PLACE_P = ir("place");
  public static final Node DATE = ir("date");
  public static final Node TOPIC = ir("topic");
  public static final Node PARTY = ir("party");
  public static final Node MEMBER = ir("member");
  public static final Node ORGANIZATION = ir("organization");
  public static final Node POLARITY = ir("polarity");
  public static final Node MEMBER_OF = ir("memberOf");
  public static final Node HOLDER = ir("holder");
  public static final Node ROLE = ir("role");
  public static final Node ROLE_OF = ir("roleOf");
  public static final Node MENTIONS = ir("mentions");
  public static final Node SOURCE = ir("source");
  public static final Node EVIDENCE = ir("evidence");
  public static final Node CONFIDENCE = ir("confidence");
  public static final Node CHAR_START = ir("charStart");
  public static final Node CHAR_END = ir("charEnd");
  public static final Node EXTRACTOR = ir("extractor");
  /**
   * In the claims graph, each name of a thing lower-cased: a query finds an actor by any name in
   * any case through the index ("?a ir:nameKey "nato""), where a FILTER on LCASE read every label.
   */
  public static final Node NAME_KEY = ir("nameKey");
  public static final Node ISO_CODE = ir("isoCode");
  public static final Node NATIONALITY = ir("nationality");
  public static final Node STATE_OF = ir("stateOf");
  public static final Node CAPITAL_OF = ir("capitalOf");
  public static final Node LOCATED_IN = ir("locatedIn");
  public static final Node CONTENT_HASH = ir("contentHash");
  /** The hash of an article's text with case, punctuation and spacing set aside (see app.StoryHash). */
  public static final Node STORY_HASH = ir("storyHash");
  /** An article whose text another article stored earlier already has: counted once in the claims. */
  public static final Node COPY_OF = ir("copyOf");

  public static final Node TYPE = RDF.type.asNode();
  public static final Node LABEL = RDFS.label.asNode();
  public static final Node ALT_LABEL = SKOS.altLabel.asNode();
  public static final Node SAME_AS = OWL.sameAs.asNode();
  public static final Node DCT_SOURCE = DCTerms.source.asNode();
  public static final Node DCT_TITLE = DCTerms.title.asNode();
  public static final Node DCT_DATE = DCTerms.date.asNode();
  public static final Node DCT_LANGUAGE = DCTerms.language.asNode();
  public static final Node DCT_CREATOR = DCTerms.creator.asNode();
  /** An article's web address (schema.org), where dcterms:source may be the file it was read from. */
  public static final Node SCHEMA_URL = org.apache.jena.graph.NodeFactory.createURI("https://schema.org/url");
  public static final Node RDF_SUBJECT = RDF.subject.asNode();
  public static final Node RDF_PREDICATE = RDF.predicate.asNode();
  public static final Node RDF_OBJECT = RDF.object.asNode();

  private Vocab() {}

  public static Node ir(String local) {
    return NodeFactory.createURI(IR + local);
  }

  /** The prefixes used when writing Turtle and SPARQL results. */
  public static PrefixMapping prefixes() {
    PrefixMapping pm = PrefixMapping.Factory.create();
    pm.setNsPrefix("ir", IR);
    pm.setNsPrefix("id", Ids.NS);
    pm.setNsPrefix("wd", WD);
    pm.setNsPrefix("rdf", RDF.getURI());
    pm.setNsPrefix("rdfs", RDFS.getURI());
    pm.setNsPrefix("owl", OWL.getURI());
    pm.setNsPrefix("xsd", XSD.getURI());
    pm.setNsPrefix("skos", SKOS.getURI());
    pm.setNsPrefix("dcterms", DCTerms.getURI());
    pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
    pm.setNsPrefix("state", Ids.NS + "state/");
    pm.setNsPrefix("person", Ids.NS + "person/");
    pm.setNsPrefix("org", Ids.NS + "org/");
    pm.setNsPrefix("place", Ids.NS + "place/");
    pm.setNsPrefix("article", Ids.NS + "article/");
    return pm;
  }
}
