package org.irkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.irkg.doc.Document;
import org.irkg.doc.Layer;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.doc.Token;
import org.irkg.lexicon.Lexicon;
import org.irkg.pipeline.Stage;

/**
 * The OpenNLP stage: language (when the article does not say), sentences, tokens, POS tags and
 * lemmas. Reads nothing; writes {@link Layer#SENTENCES}. Model names come from each language's
 * pipeline.properties. Not thread-safe (OpenNLP's *ME objects are not): one per worker thread.
 */
public final class NlpStage implements Stage {
  private final Map<String, Lang> langs = new HashMap<>();
  private final Map<String, String> byIso3 = new HashMap<>();
  private final String detectorModel;
  private LanguageDetectorME detector;

  /** The OpenNLP objects of one language. */
  private static final class Lang {
    SentenceDetectorME sentences;
    TokenizerME tokenizer;
    RuleTokenizer rules;
    /** Endings split off a token the model left whole ("Japan's" -> "Japan" "'s"). */
    List<String> suffixes = List.of();
    GreedyDecoder pos;
    GreedyDecoder lemmatizer;
    /** Lemmas by word and tag: most tokens of news repeat, and the lemma model is costly. */
    final Map<String, String> lemmaCache = new java.util.LinkedHashMap<>(1 << 14, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> e) {
        return size() > 200_000;
      }
    };

    /** Each token's lemma, read alone with its tag (the lemma of a word barely depends on its neighbours). */
    String[] lemmas(String[] words, String[] tags) {
      String[] out = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        String key = words[i] + '\u0000' + tags[i];
        String lemma = lemmaCache.get(key);
        if (lemma == null) {
          String[] one = {words[i]};
          lemma = LemmatizerME.decodeLemmas(one, lemmatizer.decode(one, new Object[] {new String[] {tags[i]}}))[0];
          lemmaCache.put(key, lemma);
        }
        out[i] = lemma;
      }
      return out;
    }
  }

  public NlpStage(Map<String, Lexicon> lexicons) {
    String det = null;
    for (Lexicon lex : lexicons.values()) {
      Lang l = new Lang();
      l.sentences = new SentenceDetectorME(Models.sentence(lex.setting("model.sentence")));
      String tok = lex.setting("model.tokenizer");
      if (tok != null && !tok.isBlank()) {
        l.tokenizer = new TokenizerME(Models.tokenizer(tok));
        l.suffixes = List.copyOf(set(lex.setting("tokenizer.split.suffixes")));
      } else {
        l.rules = new RuleTokenizer(set(lex.setting("tokenizer.elisions")),
            set(lex.setting("tokenizer.abbreviations")));
      }
      POSModel pm = Models.pos(lex.setting("model.pos"));
      l.pos = new GreedyDecoder(pm.getArtifact("pos.model"), pm.getFactory().getPOSContextGenerator(),
          pm.getFactory().getSequenceValidator());
      String lem = lex.setting("model.lemmatizer");
      if (lem != null && !lem.isBlank()) {
        LemmatizerModel lm = Models.lemmatizer(lem);
        l.lemmatizer = new GreedyDecoder(lm.getArtifact("lemmatizer.model"), lm.getFactory().getContextGenerator(),
            lm.getFactory().getSequenceValidator());
      }
      langs.put(lex.lang(), l);
      byIso3.put(lex.setting("iso639-3"), lex.lang());
      if (det == null) {
        det = lex.setting("model.language");
      }
    }
    detectorModel = det;
  }

  private static Set<String> set(String csv) {
    Set<String> s = new HashSet<>();
    if (csv != null) {
      for (String p : csv.split(",")) {
        if (!p.isBlank()) {
          s.add(p.trim());
        }
      }
    }
    return s;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public void process(Document doc) {
    String lang = doc.lang();
    if (lang == null || !langs.containsKey(lang)) {
      lang = detect(doc.article().analysedText());
      doc.setLang(lang);
    }
    Lang l = langs.get(lang);
    String text = doc.article().analysedText();
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span s : l.sentences.sentPosDetect(line)) {
          sentence(l, text, lineStart + s.getStart(), lineStart + s.getEnd(), out);
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    doc.setSentences(out);
  }

  private void sentence(Lang l, String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return;
    }
    String s = text.substring(start, end);
    List<int[]> spans = new ArrayList<>();
    if (l.tokenizer != null) {
      for (Span t : l.tokenizer.tokenizePos(s)) {
        splitSuffix(s, t.getStart(), t.getEnd(), l.suffixes, spans);
      }
    } else {
      for (RuleTokenizer.Span t : l.rules.tokenize(s)) {
        spans.add(new int[] {t.start(), t.end()});
      }
    }
    if (spans.isEmpty()) {
      return;
    }
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = s.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] tags = l.pos.decode(words, null);
    String[] lemmas = null;
    if (l.lemmatizer != null) {
      // read alone, 9 of 3,586 English corpus tokens get another lemma than in their sentence
      // (Adams/adam, forbids/forbs, ...): worth the 4x fewer calls to the lemma model
      lemmas = l.lemmas(words, tags);
    }
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lemma = lemmas == null || "O".equals(lemmas[i]) ? Text.fold(words[i]) : lemmas[i];
      tokens.add(new Token(words[i], start + spans.get(i)[0], start + spans.get(i)[1], tags[i], lemma));
    }
    out.add(new Sentence(out.size(), start, end, s, tokens));
  }

  /** Adds a token's span, or two when it ends with a suffix to split ("Japan's"). */
  private static void splitSuffix(String s, int start, int end, List<String> suffixes, List<int[]> spans) {
    for (String suf : suffixes) {
      int cut = end - suf.length();
      if (cut > start && s.startsWith(suf, cut)) {
        spans.add(new int[] {start, cut});
        spans.add(new int[] {cut, end});
        return;
      }
    }
    spans.add(new int[] {start, end});
  }

  /** The installed language of a text, by OpenNLP's language detector; English when unsure. */
  public String detect(String text) {
    if (detector == null) {
      detector = new LanguageDetectorME(Models.languages(detectorModel));
    }
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    for (var lang : detector.predictLanguages(sample)) {
      String code = byIso3.get(lang.getLang());
      if (code != null) {
        return code;
      }
    }
    return langs.containsKey("en") ? "en" : langs.keySet().iterator().next();
  }

  /** The languages this stage can read. */
  public Set<String> languages() {
    return langs.keySet();
  }

  @Override
  public String toString() {
    return "nlp" + Arrays.toString(langs.keySet().toArray());
  }
}
