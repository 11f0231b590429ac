package org.irkg.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.extract.FactStage;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.link.LinkStage;
import org.irkg.mention.MentionStage;
import org.irkg.nlp.NlpStage;

/**
 * The whole extraction, article in, document with facts out: the library entry point that the
 * CLI and the tests share. Loading the data is done once ({@link #load}); a pipeline per thread
 * is made with {@link #newPipeline}.
 */
public final class Extractor {
  private final Gazetteer gazetteer;
  private final Map<String, Lexicon> lexicons;
  private final Pipeline pipeline;

  private Extractor(Gazetteer gazetteer, Map<String, Lexicon> lexicons) {
    this.gazetteer = gazetteer;
    this.lexicons = lexicons;
    this.pipeline = newPipeline();
  }

  /** Loads the gazetteer and every installed language; fails naming a bad data file. */
  public static Extractor load() {
    Map<String, Lexicon> lex = new LinkedHashMap<>();
    for (String lang : Lexicon.installed()) {
      lex.put(lang, Lexicon.load(lang));
    }
    return new Extractor(Gazetteer.load(), lex);
  }

  /** A fresh pipeline over the loaded data (the NLP stage's objects are per pipeline). */
  public Pipeline newPipeline() {
    return Pipeline.builder()
        .add(new NlpStage(lexicons))
        .add(new MentionStage(gazetteer, lexicons))
        .add(new LinkStage(gazetteer, lexicons))
        .add(new FactStage(gazetteer, lexicons))
        .build();
  }

  /** Runs the pipeline of this extractor on one article (not thread-safe: one extractor per thread). */
  public Document extract(Article a) {
    Document d = new Document(a);
    pipeline.process(d);
    return d;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Map<String, Lexicon> lexicons() {
    return lexicons;
  }
}
