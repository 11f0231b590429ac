package org.irkg.rdf;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Ids;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.PhoenixActors;

/**
 * Writes the background knowledge to its own named graph ({@link Ids#GAZETTEER_GRAPH}): every
 * actor and place with types, labels per language, aliases, ISO codes, owl:sameAs Wikidata, the
 * state of government bodies and places, persons' nationality, and current memberships.
 */
public final class GazetteerMapper {
  private GazetteerMapper() {}

  /** The fingerprint of the data the background graph was written from. */
  public static void writeHash(String hash, StreamRDF out) {
    Node g = Terms.iri(Ids.GAZETTEER_GRAPH);
    out.quad(Quad.create(g, g, Vocab.CONTENT_HASH, Terms.text(hash, null)));
  }

  /**
   * The actor's CAMEO codes from the Phoenix dictionaries (found by its English name, else any
   * label, else an alias of more than one word): undated codes as ir:actorCode, dated ones (a person's office) as ir:codedRole nodes
   * with their start and end. A state the dictionaries miss keeps its ISO code as its actor code.
   */
  static void actorCodes(Actor a, PhoenixActors phoenix, Node n, FactMapper.Emit e) {
    PhoenixActors.Entry entry = phoenix.find(org.irkg.doc.Text.key(a.label("en")));
    java.util.List<String> names = new java.util.ArrayList<>(a.labels().values());
    a.aliases().stream().map(Actor.Name::text).filter(x -> x.trim().contains(" ")).forEach(names::add); // "Islamic State of Iraq and the Levant", not "IS"
    for (java.util.Iterator<String> it = names.iterator(); entry == null && it.hasNext(); ) {
      entry = phoenix.find(org.irkg.doc.Text.key(it.next()));
    }
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    int k = 0;
    for (PhoenixActors.Role r : entry == null ? java.util.List.<PhoenixActors.Role>of() : entry.roles()) {
      if (r.code().startsWith("---") || r.code().isBlank()) {
        continue;
      }
      if (r.from() == null && r.to() == null) {
        codes.add(r.code());
        continue;
      }
      Node role = Terms.iri(n.getURI() + "/role/" + (++k));
      e.emit(n, Vocab.CODED_ROLE, role);
      e.emit(role, Vocab.TYPE, Vocab.ACTOR_ROLE);
      e.emit(role, Vocab.ACTOR_CODE, Terms.text(r.code(), null));
      if (r.from() != null) {
        e.emit(role, Vocab.START_DATE, Terms.date(org.irkg.doc.DateValue.of(r.from())));
      }
      if (r.to() != null) {
        e.emit(role, Vocab.END_DATE, Terms.date(org.irkg.doc.DateValue.of(r.to())));
      }
    }
    if (codes.isEmpty() && a.type() == ActorType.STATE && a.isoCode() != null) {
      codes.add(a.isoCode());
    }
    codes.forEach(c -> e.emit(n, Vocab.ACTOR_CODE, Terms.text(c, null)));
  }

  public static void write(Gazetteer gazetteer, StreamRDF out) {
    Node g = Terms.iri(Ids.GAZETTEER_GRAPH);
    FactMapper.Emit e = (s, p, o) -> out.quad(Quad.create(g, s, p, o));
    for (Actor a : gazetteer.actors()) {
      Node n = Terms.node(a);
      for (Node c : Terms.classes(a.type())) {
        e.emit(n, Vocab.TYPE, c);
      }
      for (Map.Entry<String, String> l : a.labels().entrySet()) {
        if (l.getKey().isEmpty()) {
          e.emit(n, Vocab.LABEL, Terms.text(l.getValue(), "en"));
          e.emit(n, Vocab.LABEL, Terms.text(l.getValue(), "fr"));
        } else {
          e.emit(n, Vocab.LABEL, Terms.text(l.getValue(), l.getKey()));
        }
      }
      for (Actor.Name alias : a.aliases()) {
        e.emit(n, Vocab.ALT_LABEL, Terms.text(alias.text(), alias.lang()));
      }
      if (a.isoCode() != null) {
        e.emit(n, Vocab.ISO_CODE, Terms.text(a.isoCode(), null));
      }
      if (a.wikidata() != null) {
        e.emit(n, Vocab.SAME_AS, Terms.iri(Vocab.WD + a.wikidata()));
      }
      if (a.state() != null) {
        Node st = Terms.iri(a.state());
        Node p = a.type() == ActorType.PERSON ? Vocab.NATIONALITY
            : a.type() == ActorType.PLACE ? Vocab.LOCATED_IN : Vocab.STATE_OF;
        e.emit(n, p, st);
      }
      if (a.type() != ActorType.PLACE) {
        actorCodes(a, gazetteer.phoenix(), n, e);
      }
      for (Gazetteer.KnownMembership m : gazetteer.membersOf(a)) {
        if (m.to() == 0) {
          e.emit(Terms.node(m.member()), Vocab.MEMBER_OF, n);
        }
      }
    }
  }
}
