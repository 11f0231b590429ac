package org.irkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of OpenNLP's default POS tagger configuration (definition, prefixes and suffixes
 * up to 4, the lower-cased tokens in a window of two, sentence begin in that window, token class,
 * the two previous tags), made with each word's strings built once and kept. OpenNLP's generator
 * builds every string again for every token of every sentence, and hashes it again in the model's
 * feature map: with the French model it was two thirds of the tagger's time (JFR). Words repeat in
 * any text (as the lemma cache relies on); windows are assembled from per-word strings, never
 * cached whole. Used only for a model whose own generator gives the same features on a set of
 * probe sentences (see {@link #forModel}); otherwise the model's generator is used.
 */
final class PosContext {
  private static final int MAX_AFFIX = 4;
  private static final int CACHE = 200_000;

  /** A word's own features and the strings by which its neighbours see it. */
  record Word(String[] own, String p1, String p2, String n1, String n2, String[] cls) {
    /** The strings of one token (the model's generator builds the same ones for it). */
    static Word of(String token) {
      String lower = StringUtil.toLowerCase(token);
      List<String> own = new ArrayList<>(2 * MAX_AFFIX + 1);
      for (int n = 1; n <= Math.min(MAX_AFFIX, token.length()); n++) {
        own.add("suf=" + token.substring(token.length() - n));
      }
      for (int n = 1; n <= Math.min(MAX_AFFIX, token.length()); n++) {
        own.add("pre=" + token.substring(0, n));
      }
      own.add("w=" + lower);
      String cls = FeatureGeneratorUtil.tokenFeature(token);
      return new Word(own.toArray(new String[0]), "p1w=" + lower, "p2w=" + lower, "n1w=" + lower, "n2w=" + lower,
          new String[] {"wc=" + cls, "w&c=" + lower + "," + cls});
    }
  }

  private final Map<String, Word> words = new LinkedHashMap<>(1 << 14, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Word> e) {
      return size() > CACHE;
    }
  };

  PosContext() {}

  /** Ours when it agrees with the model's generator on the probes, else the model's own. */
  static opennlp.tools.util.BeamSearchContextGenerator<String> forModel(POSContextGenerator model) {
    PosContext ours = new PosContext();
    for (String[] s : PROBES) {
      String[] tags = new String[s.length];
      for (int i = 0; i < s.length; i++) {
        if (!Arrays.equals(ours.getContext(i, s, tags, null), model.getContext(i, s, tags, null))) {
          return model;
        }
        tags[i] = i % 3 == 0 ? "NOUN" : i % 3 == 1 ? "VERB" : "DET";
      }
    }
    return ours::getContext;
  }

  private static final String[][] PROBES = {
      "Le président Macron a rencontré l' OTAN en 2017 .".split(" "),
      "« A 2017 l' É x".split(" "),
      "The U.S.-led coalition struck ISIS targets near Raqqa on Monday , officials said .".split(" "),
      "ÉTATS-UNIS : 3,5 % de croissance , 12h30 , e-mail , $ 40 , Moon Jae-in".split(" "),
      "a".split(" "),
  };

  String[] getContext(int i, String[] toks, String[] tags, Object[] extra) {
    Word w = word(toks[i]);
    List<String> out = new ArrayList<>(w.own.length + 10);
    out.add("def");
    for (int k = 0; k < w.own.length - 1; k++) {
      out.add(w.own[k]);
    }
    out.add(w.own[w.own.length - 1]); // "w=" + the lower-cased token
    if (i >= 1) {
      out.add(word(toks[i - 1]).p1);
    }
    if (i >= 2) {
      out.add(word(toks[i - 2]).p2);
    }
    if (i + 1 < toks.length) {
      out.add(word(toks[i + 1]).n1);
    }
    if (i + 2 < toks.length) {
      out.add(word(toks[i + 2]).n2);
    }
    if (i == 0) {
      out.add("S=begin");
    } else if (i == 1) {
      out.add("p1S=begin");
    } else if (i == 2) {
      out.add("p2S=begin");
    }
    out.add(w.cls[0]);
    out.add(w.cls[1]);
    String prev = i >= 1 ? tags[i - 1] : null;
    if (prev != null) {
      out.add("t=" + prev);
    }
    if (i >= 2 && tags[i - 2] != null) {
      out.add("t2=" + tags[i - 2] + "," + prev);
    }
    return out.toArray(new String[0]);
  }

  private Word word(String token) {
    Word w = words.get(token);
    if (w == null) {
      w = Word.of(token);
      words.put(token, w);
    }
    return w;
  }

  /** True when the model's own generator gives our features on the probe sentences. */
  static boolean agrees(POSContextGenerator model) {
    return forModel(model) != model;
  }

  /** The probe sentences, with the made-up previous tags the probes use. */
  static List<String[][]> probes() {
    List<String[][]> out = new ArrayList<>();
    for (String[] s : PROBES) {
      String[] tags = new String[s.length];
      for (int i = 0; i < s.length; i++) {
        tags[i] = i % 3 == 0 ? "NOUN" : i % 3 == 1 ? "VERB" : "DET";
      }
      out.add(new String[][] {s, tags});
    }
    return out;
  }
}
