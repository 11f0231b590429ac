package org.irkg.viz;

import java.util.List;

/**
 * The actor graph drawn by {@code irkg viz} and exported as GraphML and DOT: the actors the
 * articles mention (nodes) and what the articles say links them (edges), each with the facts
 * behind it. Facts and articles are listed once and referred to by index, so a fact shared by a
 * node and several edges (a meeting of ten actors) is stored once.
 *
 * @param articles every article of the store
 * @param nodes the actors the articles mention (objects of ir:mentions), by IRI
 * @param edges one per kind and pair of actors (and, for memberships, polarity)
 * @param facts the fact nodes (memberships, positions, meetings, treaties, relations)
 */
public record ActorGraph(List<Article> articles, List<Node> nodes, List<Edge> edges, List<Fact> facts) {

  /**
   * An article.
   *
   * @param iri the article's IRI (also its named graph)
   * @param title dcterms:title, or null
   * @param source the article's URL (schema:url) when it has one, else dcterms:source: the file name or URL it was read from, or null
   * @param lang dcterms:language, or null
   * @param date dcterms:date as written (YYYY-MM-DD), or null
   */
  public record Article(String iri, String title, String source, String lang, String date) {}

  /**
   * An actor.
   *
   * @param iri the actor's IRI
   * @param label the short name drawn on the graph (an acronym for long organisation names)
   * @param name the full name (English label, else French, else any)
   * @param kind state, person, ...
   * @param articles indexes of the articles that mention it; their number is its mention count
   * @param facts indexes of the facts it takes part in
   * @param names every label and alias, for the search box
   * @param languages languages of the articles that mention it
   * @param firstDate earliest date of those articles, or null
   * @param lastDate latest date of those articles, or null
   */
  public record Node(String iri, String label, String name, ActorKind kind, List<Integer> articles,
      List<Integer> facts, List<String> names, List<String> languages, String firstDate, String lastDate) {
    /** How many articles mention the actor. */
    public int mentions() {
      return articles.size();
    }
  }

  /**
   * An edge: all facts of one kind between two actors.
   *
   * @param source the IRI of the source actor (member, holder, subject; the smaller IRI when undirected)
   * @param target the IRI of the target actor
   * @param kind what links them
   * @param negated true for an explicit non-membership ("Finland is not a member of NATO")
   * @param facts indexes of the facts behind the edge
   */
  public record Edge(String source, String target, EdgeKind kind, boolean negated, List<Integer> facts) {}

  /**
   * A fact node of an article, summarised for a reader.
   *
   * @param iri the fact node's IRI
   * @param type its class's local name: Membership, Position, Meeting, Treaty or Relation
   * @param summary one line saying what the fact states, with actor names
   * @param evidence the sentences it was read from
   * @param article index of its article
   * @param confidence ir:confidence, or null
   * @param date the date the fact carries (ir:date of a meeting or treaty), or null
   */
  public record Fact(String iri, String type, String summary, List<String> evidence, int article,
      Double confidence, String date) {}

  /** The node of an IRI, or null. */
  public Node node(String iri) {
    for (Node n : nodes) {
      if (n.iri().equals(iri)) {
        return n;
      }
    }
    return null;
  }
}
