package org.irkg.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article as it goes through the pipeline. Each layer is written once, by one stage, and read
 * by the later ones (CoreNLP's annotation, with a short fixed list of layers).
 */
public final class Document {
  private final Article article;
  private String lang;
  private List<Sentence> sentences;
  private List<Mention> mentions;
  private List<Mention> links;
  private List<Fact> facts;
  private List<Parse> parses;
  private List<Actor> actors;

  public Document(Article article) {
    this.article = Objects.requireNonNull(article);
    this.lang = article.lang();
  }

  public Article article() {
    return article;
  }

  /** The article's language: from its metadata, else detected by the NLP stage. */
  public String lang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public List<Sentence> sentences() {
    return require(sentences, Layer.SENTENCES);
  }

  public void setSentences(List<Sentence> s) {
    sentences = set(sentences, s, Layer.SENTENCES);
  }

  /** Mentions of actors, places, dates and titles, linked to one actor each. */
  public List<Mention> mentions() {
    return require(mentions, Layer.MENTIONS);
  }

  public void setMentions(List<Mention> m) {
    mentions = set(mentions, m, Layer.MENTIONS);
  }

  /** The linked mentions: what the fact extractors read. */
  public List<Mention> links() {
    return require(links, Layer.LINKS);
  }

  public void setLinks(List<Mention> m) {
    links = set(links, m, Layer.LINKS);
  }

  /** The shallow structure of each sentence, by sentence index. */
  public List<Parse> parses() {
    return require(parses, Layer.SYNTAX);
  }

  /** The shallow structure of one sentence. */
  public Parse parse(int sentence) {
    return parses().get(sentence);
  }

  public void setParses(List<Parse> p) {
    parses = set(parses, p, Layer.SYNTAX);
  }

  /**
   * The actors the article speaks of as actors (written with the facts): those its facts are
   * about, and the others it names as acting, not in passing; null before the facts are read.
   */
  public List<Actor> actors() {
    return actors;
  }

  public void setActors(List<Actor> a) {
    actors = List.copyOf(a);
  }

  public List<Fact> facts() {
    return require(facts, Layer.FACTS);
  }

  public void setFacts(List<Fact> f) {
    facts = set(facts, f, Layer.FACTS);
  }

  public boolean has(Layer layer) {
    return switch (layer) {
      case SENTENCES -> sentences != null;
      case MENTIONS -> mentions != null;
      case LINKS -> links != null;
      case SYNTAX -> parses != null;
      case FACTS -> facts != null;
    };
  }

  /** The linked mentions of one sentence, in token order. */
  public List<Mention> linksIn(int sentence) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : links()) {
      if (m.sentence() == sentence) {
        out.add(m);
      }
    }
    out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return out;
  }

  private static <T> List<T> require(List<T> v, Layer l) {
    if (v == null) {
      throw new IllegalStateException("layer " + l + " has not been computed");
    }
    return v;
  }

  private static <T> List<T> set(List<T> old, List<T> v, Layer l) {
    if (old != null) {
      throw new IllegalStateException("layer " + l + " is already set");
    }
    return List.copyOf(v);
  }
}
