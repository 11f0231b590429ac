package org.irkg.rdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Actor;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Ids;
import org.irkg.doc.Mention;
import org.irkg.lexicon.Gazetteer;

/**
 * Writes one article's graph to a Jena {@link StreamRDF}: the article, the actors it mentions (the
 * ones the gazetteer does not already describe get their types and labels here), and each fact
 * node with ir:source, ir:evidence, offsets and confidence. Every quad is in the article's named
 * graph, so re-ingesting the article replaces exactly these quads. A pure function of the document.
 */
public final class FactMapper {
  private final Gazetteer gazetteer;

  public FactMapper(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The IRI of an article's named graph (the article's own IRI). */
  public static String graphOf(Article a) {
    return Ids.article(a.key());
  }

  public void write(Document doc, StreamRDF out) {
    Article a = doc.article();
    Node g = Terms.iri(graphOf(a));
    Node art = g;
    Emit e = (s, p, o) -> out.quad(Quad.create(g, s, p, o));
    e.emit(art, Vocab.TYPE, Vocab.ARTICLE);
    e.emit(art, Vocab.DCT_SOURCE, Terms.text(a.source(), null));
    if (a.title() != null) {
      e.emit(art, Vocab.DCT_TITLE, Terms.text(a.title(), doc.lang()));
    }
    if (a.date() != null) {
      e.emit(art, Vocab.DCT_DATE, Terms.date(org.irkg.doc.DateValue.of(a.date())));
    }
    e.emit(art, Vocab.DCT_LANGUAGE, Terms.text(doc.lang(), null));
    if (doc.sentences() != null) {
      e.emit(art, Vocab.SENTENCE_COUNT, Terms.integer(doc.sentences().size()));
    }
    if (a.url() != null && !a.url().isBlank() && !a.url().equals(a.source())) {
      e.emit(art, Vocab.SCHEMA_URL, Terms.text(a.url(), null));
    }
    if (a.author() != null && !a.author().isBlank()) {
      e.emit(art, Vocab.DCT_CREATOR, Terms.text(a.author(), null));
    }

    Map<String, Actor> mentioned = new LinkedHashMap<>();
    for (Mention m : doc.links()) {
      if (m.refersToActor() || m.refersToPlace()) {
        mentioned.putIfAbsent(m.actor().iri(), m.actor());
      }
    }
    Set<String> acting = new java.util.HashSet<>();
    if (doc.actors() != null) {
      doc.actors().forEach(x -> acting.add(x.iri()));
    }
    for (Actor x : mentioned.values()) {
      if (x.type().isActor() && (doc.actors() == null || acting.contains(x.iri()))) {
        e.emit(art, Vocab.MENTIONS, Terms.node(x));
      }
      if (gazetteer.byIri(x.iri()) == null) {
        describe(x, doc.lang(), e);
      }
    }
    Map<String, Integer> counters = new LinkedHashMap<>();
    for (Fact f : doc.facts()) {
      String kind = kind(f);
      int n = counters.merge(kind, 1, Integer::sum);
      Node node = Terms.iri(Ids.fact(a.key(), kind, n));
      if (f instanceof Fact.Membership m) {
          e.emit(node, Vocab.TYPE, Vocab.MEMBERSHIP);
          e.emit(node, Vocab.MEMBER, Terms.node(m.member()));
          e.emit(node, Vocab.ORGANIZATION, Terms.node(m.organization()));
          e.emit(node, Vocab.POLARITY, Terms.bool(m.polarity()));
          if (m.polarity()) {
            e.emit(Terms.node(m.member()), Vocab.MEMBER_OF, Terms.node(m.organization()));
          }
      } else if (f instanceof Fact.Position p) {
          e.emit(node, Vocab.TYPE, Vocab.POSITION);
          e.emit(node, Vocab.HOLDER, Terms.node(p.holder()));
          e.emit(node, Vocab.ROLE, Terms.text(p.role(), p.lang()));
          if (p.roleOf() != null) {
            e.emit(node, Vocab.ROLE_OF, Terms.node(p.roleOf()));
          }
      } else if (f instanceof Fact.Meeting m) {
          e.emit(node, Vocab.TYPE, Vocab.MEETING);
          e.emit(node, Vocab.TYPE, Vocab.EVENT);
          for (Actor p : m.participants()) {
            e.emit(node, Vocab.PARTICIPANT, Terms.node(p));
          }
          if (m.place() != null) {
            e.emit(node, Vocab.PLACE_P, Terms.node(m.place()));
          }
          if (m.date() != null) {
            e.emit(node, Vocab.DATE, Terms.date(m.date()));
          }
      } else if (f instanceof Fact.Treaty t) {
          e.emit(node, Vocab.TYPE, Vocab.TREATY);
          e.emit(node, Vocab.LABEL, Terms.text(t.name(), t.lang()));
          for (Actor p : t.parties()) {
            e.emit(node, Vocab.PARTY, Terms.node(p));
          }
          if (t.date() != null) {
            e.emit(node, Vocab.DATE, Terms.date(t.date()));
          }
      } else if (f instanceof Fact.Relation r) {
          Node p = Vocab.ir(r.predicate());
          e.emit(Terms.node(r.subject()), p, Terms.node(r.object()));
          e.emit(node, Vocab.TYPE, Vocab.RELATION);
          e.emit(node, Vocab.RDF_SUBJECT, Terms.node(r.subject()));
          e.emit(node, Vocab.RDF_PREDICATE, p);
          e.emit(node, Vocab.RDF_OBJECT, Terms.node(r.object()));
      } else if (f instanceof Fact.Event ev) {
          codedEvent(node, ev, e);
      } else if (f instanceof Fact.MemberCount c) {
          e.emit(node, Vocab.TYPE, Vocab.ir("MemberCountStatement"));
          e.emit(node, Vocab.ORGANIZATION, Terms.node(c.organization()));
          e.emit(node, Vocab.ir("memberCount"), Terms.integer(c.count()));
      }
      provenance(node, art, f, e);
    }
  }

  /** An event node: its two actors, its code with the code's root, QuadClass, Goldstein value and PLOVER type. */
  private static void codedEvent(Node node, Fact.Event ev, Emit e) {
    e.emit(node, Vocab.TYPE, Vocab.CODED_EVENT);
    e.emit(node, Vocab.TYPE, Vocab.EVENT);
    e.emit(node, Vocab.SOURCE_ACTOR, Terms.node(ev.source()));
    e.emit(node, Vocab.TARGET_ACTOR, Terms.node(ev.target()));
    e.emit(node, Vocab.CAMEO_CODE, Terms.text(ev.code(), null));
    e.emit(node, Vocab.CAMEO_ROOT, Terms.text(ev.code().substring(0, 2), null));
    org.irkg.lexicon.CameoCodes.Code c = org.irkg.lexicon.CameoCodes.get().of(ev.code());
    if (c != null) {
      e.emit(node, Vocab.QUAD_CLASS, Terms.integer(c.quadClass()));
      e.emit(node, Vocab.GOLDSTEIN, Terms.decimal(c.goldstein()));
      if (c.plover() != null) {
        e.emit(node, Vocab.PLOVER_TYPE, Terms.text(c.plover(), null));
      }
    }
    if (ev.date() != null) {
      e.emit(node, Vocab.DATE, Terms.date(ev.date()));
    }
    if (ev.place() != null) {
      e.emit(node, Vocab.PLACE_P, Terms.node(ev.place()));
    }
  }

  private static void provenance(Node node, Node art, Fact f, Emit e) {
    e.emit(node, Vocab.SOURCE, art);
    for (Evidence ev : f.evidence()) {
      e.emit(node, Vocab.EVIDENCE, Terms.text(ev.text(), null));
    }
    Evidence main = f.evidence().get(0);
    e.emit(node, Vocab.CHAR_START, Terms.integer(main.start()));
    e.emit(node, Vocab.CHAR_END, Terms.integer(main.end()));
    e.emit(node, Vocab.EXTRACTOR, Terms.text(main.rule(), null));
    e.emit(node, Vocab.CONFIDENCE, Terms.decimal(f.confidence()));
  }

  static String kind(Fact f) {
    if (f instanceof Fact.Membership) {
      return "membership";
    } else if (f instanceof Fact.Position) {
      return "position";
    } else if (f instanceof Fact.Meeting) {
      return "meeting";
    } else if (f instanceof Fact.Treaty) {
      return "treaty";
    } else if (f instanceof Fact.Relation) {
      return "relation";
    } else if (f instanceof Fact.Event) {
      return "event";
    }
    return "member-count";
  }

  /** What the article's graph was extracted from (see the ingest job), so unchanged articles are skipped. */
  public static void writeContentHash(Article a, String hash, StreamRDF out) {
    Node g = Terms.iri(graphOf(a));
    out.quad(Quad.create(g, g, Vocab.CONTENT_HASH, Terms.text(hash, null)));
  }

  /**
   * The article's story hash, and the article it is a copy of when another one stored first has
   * the same story (the copy keeps its own graph, source and facts; the claims count the story once).
   */
  public static void writeStory(Article a, String story, String copyOf, StreamRDF out) {
    Node g = Terms.iri(graphOf(a));
    if (story != null) {
      out.quad(Quad.create(g, g, Vocab.STORY_HASH, Terms.text(story, null)));
    }
    if (copyOf != null) {
      out.quad(Quad.create(g, g, Vocab.COPY_OF, Terms.iri(copyOf)));
    }
  }

  /** Types and labels of an actor or place (for those the gazetteer does not describe). */
  static void describe(Actor x, String lang, Emit e) {
    Node n = Terms.node(x);
    for (Node c : Terms.classes(x.type())) {
      e.emit(n, Vocab.TYPE, c);
    }
    for (Map.Entry<String, String> l : x.labels().entrySet()) {
      e.emit(n, Vocab.LABEL, Terms.text(l.getValue(), l.getKey().isEmpty() ? lang : l.getKey()));
    }
    for (Actor.Name alias : x.aliases()) {
      e.emit(n, Vocab.ALT_LABEL, Terms.text(alias.text(), alias.lang()));
    }
  }

  /** Where a triple goes. */
  @FunctionalInterface
  interface Emit {
    void emit(Node s, Node p, Node o);
  }
}
