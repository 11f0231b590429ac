package org.irkg.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.extract.FactStage;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.link.LinkStage;
import org.irkg.mention.MentionStage;
import org.irkg.nlp.NlpStage;
import org.irkg.syntax.SyntaxStage;

/**
 * The whole extraction, article in, document with facts out: the library entry point that the
 * CLI and the tests share. Loading the data is done once ({@link #load}); a pipeline per thread
 * is made with {@link #newPipeline}.
 */
public final class Extractor {
  /** The version of the extraction code, raised when the code changes what it writes; part of the fingerprint. */
  public static final String VERSION = "0.1.1";

  private final Gazetteer gazetteer;
  private final Map<String, Lexicon> lexicons;
  private final Pipeline pipeline;
  private String fingerprint;
  private final byte[] userDigest;

  private Extractor(Gazetteer gazetteer, Map<String, Lexicon> lexicons, byte[] userDigest) {
    this.gazetteer = gazetteer;
    this.lexicons = lexicons;
    this.userDigest = userDigest;
    this.pipeline = newPipeline();
  }

  /** Loads the gazetteer and every installed language; fails naming a bad data file. */
  public static Extractor load() {
    return load(org.irkg.lexicon.UserDictionaries.NONE);
  }

  /**
   * As {@link #load()}, with the actor and verb dictionaries a user brings (PETRARCH format): their
   * actors join the gazetteer, their verbs the English event cues, and their bytes the fingerprint,
   * so articles are extracted again when a dictionary changes.
   */
  public static Extractor load(org.irkg.lexicon.UserDictionaries user) {
    Map<String, Lexicon> lex = new LinkedHashMap<>();
    for (String lang : Lexicon.installed()) {
      lex.put(lang, Lexicon.load(lang));
    }
    Gazetteer g = Gazetteer.load();
    if (user.isEmpty()) {
      return new Extractor(g, lex, null);
    }
    org.irkg.lexicon.UserDictionaries.Loaded d = user.read();
    d.actors().forEach(g::addUserActors);
    Lexicon en = lex.get("en");
    for (int i = 0; i < d.verbs().size() && en != null; i++) {
      en.addVerbDictionary(d.verbs().get(i), user.verbs().get(i).toString());
    }
    return new Extractor(g, lex, d.digest());
  }

  /** A fresh pipeline over the loaded data (the NLP stage's objects are per pipeline). */
  public Pipeline newPipeline() {
    return Pipeline.builder()
        .add(new NlpStage(lexicons))
        .add(new MentionStage(gazetteer, lexicons))
        .add(new LinkStage(gazetteer, lexicons))
        .add(new SyntaxStage(lexicons))
        .add(new FactStage(gazetteer, lexicons))
        .build();
  }

  /** Runs the pipeline of this extractor on one article (not thread-safe: one extractor per thread). */
  public Document extract(Article a) {
    Document d = new Document(a);
    pipeline.process(d);
    return d;
  }

  /**
   * What the extractor's output depends on besides the article: the code version and every data
   * file (lexicons, gazetteer, ontology). Stored with each article so that an unchanged article is
   * not extracted again, and one extracted by other data or code is.
   */
  public synchronized String fingerprint() {
    if (fingerprint == null) {
      try {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        md.update(VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (userDigest != null) {
          md.update(userDigest);
        }
        List<String> files = new java.util.ArrayList<>(List.of("/irkg/gazetteer/states.tsv",
            "/irkg/gazetteer/organizations.tsv", "/irkg/gazetteer/persons.tsv", "/irkg/gazetteer/places.tsv",
            "/irkg/ontology/irkg.ttl", "/irkg/lang/languages.txt", "/irkg/cameo/CAMEO.2.0.txt",
            "/irkg/cameo/relations.tsv", "/irkg/cameo/codes.tsv", "/irkg/lang/state-bodies.tsv"));
        files.addAll(org.irkg.lexicon.Gazetteer.PHOENIX);
        for (String lang : lexicons.keySet()) {
          Lexicon.FILES.forEach(f -> files.add(Lexicon.folder(lang) + f));
        }
        for (String f : files) {
          try (java.io.InputStream in = Extractor.class.getResourceAsStream(f)) {
            if (in != null) {
              md.update(in.readAllBytes());
            }
          }
        }
        fingerprint = java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
      } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("cannot fingerprint the data files: " + e.getMessage(), e);
      }
    }
    return fingerprint;
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
