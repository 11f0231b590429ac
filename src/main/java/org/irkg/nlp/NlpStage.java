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
 * pipeline.properties. Bounded on hostile text: runs of more than {@link #MAX_WORD_CHARS}
 * characters without a space are left out, and sentences are cut at {@link #MAX_SENTENCE_TOKENS}
 * tokens. Not thread-safe (OpenNLP's *ME objects are not): one per worker thread.
 */
public final class NlpStage implements Stage {
  /** Longest run of characters without a space that is read as text; longer runs are left out. */
  public static final int MAX_WORD_CHARS = 500;
  /**
   * Most tokens in one sentence; a longer one is cut into pieces of this many. The longest
   * sentence of the development corpus has 96.
   */
  public static final int MAX_SENTENCE_TOKENS = 250;
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
    Tagger pos;
    GreedyDecoder lemmatizer;
    /** Verb forms a sentence without any verb may have mis-tagged (pos.verbless.repair), or null. */
    Set<String> verbWords;
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

  /** ISO 639-3 codes (the detector's) to ISO 639-1, from the JDK's table. */
  private static final Map<String, String> ISO1 = new java.util.HashMap<>();

  static {
    for (String two : java.util.Locale.getISOLanguages()) {
      try {
        ISO1.put(new java.util.Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // a code without a three-letter form: the detector cannot name it either
      }
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
      l.pos = PosScorer.forModel(pm);
      String lem = lex.setting("model.lemmatizer");
      if (lem != null && !lem.isBlank()) {
        LemmatizerModel lm = Models.lemmatizer(lem);
        l.lemmatizer = new GreedyDecoder(lm.getArtifact("lemmatizer.model"), lm.getFactory().getContextGenerator(),
            lm.getFactory().getSequenceValidator());
      }
      if (Boolean.parseBoolean(lex.setting("pos.verbless.repair"))) {
        l.verbWords = lex.eventVerbWords();
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
    if (lang == null || lang.isBlank()) {
      lang = detect(doc.article().analysedText());
      doc.setLang(lang);
    }
    Lang l = langs.get(lang);
    if (l == null) {
      // a language without lexicons: no sentence is read, so the article is stored without facts
      // (never read with another language's models, which would give wrong ones)
      doc.setSentences(List.of());
      return;
    }
    String text = doc.article().analysedText();
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      segments(l, text, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    doc.setSentences(out);
  }

  /**
   * Gives a line to the sentence detector, leaving out every run of more than {@link
   * #MAX_WORD_CHARS} characters without a space: OpenNLP's sentence detector and tokenizer look
   * at the whole run around each candidate boundary, so such a run costs time quadratic in its
   * length (a 100,000-character token took seconds), and it is no word of any language (base64,
   * a tracking URL, a row of dots) that a fact could come from.
   */
  private void segments(Lang l, String text, int from, int to, List<Sentence> out) {
    int segment = from;
    int i = from;
    while (i < to) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int run = i;
      while (i < to && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i - run > MAX_WORD_CHARS) {
        detect(l, text, segment, run, out);
        segment = i;
      }
    }
    detect(l, text, segment, to, out);
  }

  private void detect(Lang l, String text, int from, int to, List<Sentence> out) {
    String part = text.substring(from, to);
    if (!part.isBlank()) {
      for (Span s : l.sentences.sentPosDetect(part)) {
        sentence(l, text, from + s.getStart(), from + s.getEnd(), out);
      }
    }
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
    // a "sentence" longer than any real one (a list, text without punctuation) is cut into
    // pieces, so that the later stages, which compare the mentions of a sentence pairwise, stay fast
    for (int k = 0; k < spans.size(); k += MAX_SENTENCE_TOKENS) {
      List<int[]> piece = spans.subList(k, Math.min(spans.size(), k + MAX_SENTENCE_TOKENS));
      int from = piece.get(0)[0];
      int to = piece.get(piece.size() - 1)[1];
      List<int[]> shifted = new ArrayList<>(piece.size());
      piece.forEach(t -> shifted.add(new int[] {t[0] - from, t[1] - from}));
      tag(l, s.substring(from, to), start + from, shifted, out);
    }
  }

  /** Tags and lemmatises one sentence, {@code s} starting at {@code start}, its token spans relative to it. */
  private void tag(Lang l, String s, int start, List<int[]> spans, List<Sentence> out) {
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = s.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] tags = l.pos.decode(words, null);
    if (l.verbWords != null) {
      VerblessRepair.repair(words, tags, l.verbWords);
    }
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
    out.add(new Sentence(out.size(), start, start + s.length(), s, tokens));
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

  /**
   * The language of a text by OpenNLP's language detector, as an ISO 639-1 code: an installed one
   * unless another language clearly leads (its score over twice the best installed one's), so a
   * German article is "de", not English read wrongly; English when nothing is clear.
   */
  public String detect(String text) {
    if (detector == null) {
      detector = new LanguageDetectorME(Models.languages(detectorModel));
    }
    // 1,500 characters (a title and a paragraph or two) tell French from English as surely as the
    // whole text, and the detector's cost grows with what it reads
    String sample = text.length() > 1500 ? text.substring(0, 1500) : text;
    var ranked = detector.predictLanguages(sample);
    String other = null;
    double otherScore = 0;
    for (var lang : ranked) {
      String code = byIso3.get(lang.getLang());
      if (code != null) {
        return other != null && otherScore > 2 * lang.getConfidence() ? other : code;
      }
      if (other == null) {
        other = ISO1.get(lang.getLang());
        otherScore = lang.getConfidence();
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
