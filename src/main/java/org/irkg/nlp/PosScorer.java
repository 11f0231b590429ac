package org.irkg.nlp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Greedy POS tagging with OpenNLP's maxent POS models, scoring each token from sums of the
 * model's weights kept per word. A maxent model scores an outcome by the sum of the weights of
 * the token's features, and the best outcome is the one with the largest sum (the exponential and
 * the normalisation that follow do not change which one it is). Most features belong to one word
 * (its affixes, its class, how its neighbours see it: "p1w=le"), so their sums are added once per
 * word and kept; a token then costs five additions of short vectors and two lookups for the
 * previous tags, where the model's own evaluation hashes some twenty strings (JFR: 44% of the
 * extraction threads' time went to tagging before). The tags are the model's own: {@link
 * #forModel} checks the sums against the model's evaluation on probe sentences, and falls back to
 * {@link GreedyDecoder} over the model where they differ. Not thread-safe: one per pipeline.
 */
final class PosScorer implements Tagger {
  private static final int CACHE = 50_000;

  /** A word's summed weights: its own features, and as the 1st/2nd word before and after a token (null: no weight). */
  private record Sums(double[] own, double[] p1, double[] p2, double[] n1, double[] n2) {}

  private final MaxentModel model;
  private final Map<String, Context> weights;
  private final SequenceValidator<String> validator;
  private final int outcomes;
  private final double[] always;
  private final double[] begin;
  private final double[] afterBegin;
  private final double[] twoAfterBegin;
  private final Map<String, double[]> previousTag = new HashMap<>();
  private final Map<String, double[]> previousTags = new HashMap<>();
  private final Map<String, Sums> words = new LinkedHashMap<>(1 << 14, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Sums> e) {
      return size() > CACHE;
    }
  };

  @SuppressWarnings("unchecked")
  private PosScorer(MaxentModel model, Map<String, Context> weights, SequenceValidator<String> validator) {
    this.model = model;
    this.weights = weights;
    this.validator = validator;
    this.outcomes = model.getNumOutcomes();
    this.always = orZero(sum("def"));
    this.begin = sum("S=begin");
    this.afterBegin = sum("p1S=begin");
    this.twoAfterBegin = sum("p2S=begin");
  }

  /** The fast scorer when the model is a maxent model whose sums it reproduces, else a greedy decoder over the model. */
  @SuppressWarnings("unchecked")
  static Tagger forModel(POSModel pm) {
    MaxentModel m = pm.getArtifact("pos.model");
    POSContextGenerator generator = pm.getFactory().getPOSContextGenerator();
    SequenceValidator<String> validator = pm.getFactory().getSequenceValidator();
    GreedyDecoder fallback = new GreedyDecoder(m, PosContext.forModel(generator), validator);
    if (!(m instanceof AbstractModel am) || am.getModelType() != AbstractModel.ModelType.Maxent
        || !PosContext.agrees(generator) || !(am.getDataStructures()[1] instanceof Map<?, ?> pmap)) {
      return fallback;
    }
    PosScorer ours = new PosScorer(m, (Map<String, Context>) pmap, validator);
    return ours.agreesWith(m) ? ours : fallback;
  }

  /** True when, on the probes, our sums give the model's own probabilities (to 1e-9). */
  private boolean agreesWith(MaxentModel m) {
    PosContext features = new PosContext();
    for (String[][] probe : PosContext.probes()) {
      String[] toks = probe[0];
      String[] tags = probe[1];
      for (int i = 0; i < toks.length; i++) {
        double[] theirs = m.eval(features.getContext(i, toks, tags, null));
        double[] ours = softmax(scores(i, toks, tags, new double[outcomes]));
        for (int k = 0; k < outcomes; k++) {
          if (Math.abs(theirs[k] - ours[k]) > 1e-9) {
            return false;
          }
        }
      }
    }
    return true;
  }

  @Override
  public String[] decode(String[] tokens, Object[] extra) {
    String[] out = new String[tokens.length];
    double[] s = new double[outcomes];
    for (int i = 0; i < tokens.length; i++) {
      scores(i, tokens, out, s);
      out[i] = best(s, i, tokens, out);
    }
    return out;
  }

  /** Each outcome's summed weight for token i given the tags before it (the model's features, summed by word). */
  private double[] scores(int i, String[] toks, String[] tags, double[] s) {
    System.arraycopy(always, 0, s, 0, outcomes);
    add(s, sums(toks[i]).own);
    if (i >= 1) {
      add(s, sums(toks[i - 1]).p1);
    }
    if (i >= 2) {
      add(s, sums(toks[i - 2]).p2);
    }
    if (i + 1 < toks.length) {
      add(s, sums(toks[i + 1]).n1);
    }
    if (i + 2 < toks.length) {
      add(s, sums(toks[i + 2]).n2);
    }
    add(s, i == 0 ? begin : i == 1 ? afterBegin : i == 2 ? twoAfterBegin : null);
    String prev = i >= 1 ? tags[i - 1] : null;
    if (prev != null) {
      add(s, previousTag.computeIfAbsent(prev, t -> sum("t=" + t)));
      if (i >= 2 && tags[i - 2] != null) {
        add(s, previousTags.computeIfAbsent(tags[i - 2] + "," + prev, t -> sum("t2=" + t)));
      }
    }
    return s;
  }

  private Sums sums(String token) {
    Sums w = words.get(token);
    if (w == null) {
      PosContext.Word f = PosContext.Word.of(token);
      double[] own = sum(f.own());
      own = addInto(own, sum(f.cls()));
      w = new Sums(own, sum(f.p1()), sum(f.p2()), sum(f.n1()), sum(f.n2()));
      words.put(token, w);
    }
    return w;
  }

  /** The summed weights of some features, or null when the model knows none of them. */
  private double[] sum(String... features) {
    double[] v = null;
    for (String f : features) {
      Context c = weights.get(f);
      if (c == null) {
        continue;
      }
      if (v == null) {
        v = new double[outcomes];
      }
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int k = 0; k < os.length; k++) {
        v[os[k]] += ps[k];
      }
    }
    return v;
  }

  private double[] orZero(double[] v) {
    return v == null ? new double[outcomes] : v;
  }

  private static double[] addInto(double[] a, double[] b) {
    if (a == null) {
      return b;
    }
    if (b != null) {
      add(a, b);
    }
    return a;
  }

  private static void add(double[] s, double[] v) {
    if (v != null) {
      for (int k = 0; k < s.length; k++) {
        s[k] += v[k];
      }
    }
  }

  private static double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : s) {
      max = Math.max(max, x);
    }
    double total = 0;
    double[] p = new double[s.length];
    for (int k = 0; k < s.length; k++) {
      p[k] = Math.exp(s[k] - max);
      total += p[k];
    }
    for (int k = 0; k < s.length; k++) {
      p[k] /= total;
    }
    return p;
  }

  private String best(double[] s, int i, String[] tokens, String[] prior) {
    int bestIndex = 0;
    for (int k = 1; k < s.length; k++) {
      if (s[k] > s[bestIndex]) {
        bestIndex = k;
      }
    }
    String outcome = model.getOutcome(bestIndex);
    if (validator == null || validator.validSequence(i, tokens, prior, outcome)) {
      return outcome;
    }
    double bestScore = Double.NEGATIVE_INFINITY;
    String valid = outcome;
    for (int k = 0; k < s.length; k++) {
      String o = model.getOutcome(k);
      if (s[k] > bestScore && validator.validSequence(i, tokens, prior, o)) {
        bestScore = s[k];
        valid = o;
      }
    }
    return valid;
  }
}
