package org.irkg.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * Greedy (beam size 1) decoding of an OpenNLP maxent sequence model: at each token, the best
 * valid outcome given the outcomes so far. OpenNLP's BeamSearch sorts every outcome's score at
 * every step, even with a beam of one; for the lemmatizer's thousands of outcomes that was most
 * of the NLP time (measured with JFR), and a beam of three triples the POS tagger's cost for a
 * difference in accuracy we could not see on our corpus. Not thread-safe (the context
 * generators cache): one per pipeline.
 */
final class GreedyDecoder implements Tagger {
  private final MaxentModel model;
  private final BeamSearchContextGenerator<String> contexts;
  private final SequenceValidator<String> validator;

  GreedyDecoder(MaxentModel model, BeamSearchContextGenerator<String> contexts, SequenceValidator<String> validator) {
    this.model = model;
    this.contexts = contexts;
    this.validator = validator;
  }

  @Override
  public String[] decode(String[] tokens, Object[] extra) {
    String[] out = new String[tokens.length];
    double[] scores = new double[model.getNumOutcomes()];
    for (int i = 0; i < tokens.length; i++) {
      // the outcomes so far are out[0..i-1]: OpenNLP's POS and lemma context generators and
      // validators read only the last one or two of them, so out itself is passed (a copy per
      // token, as BeamSearch makes, costs time quadratic in the sentence's length)
      String[] ctx = contexts.getContext(i, tokens, out, extra);
      double[] p = model.eval(ctx, scores);
      out[i] = best(p, i, tokens, out);
    }
    return out;
  }

  private String best(double[] p, int i, String[] tokens, String[] prior) {
    int bestIndex = -1;
    for (int k = 0; k < p.length; k++) {
      if (bestIndex < 0 || p[k] > p[bestIndex]) {
        bestIndex = k;
      }
    }
    String outcome = model.getOutcome(bestIndex);
    if (validator == null || validator.validSequence(i, tokens, prior, outcome)) {
      return outcome;
    }
    // rare: the best outcome is not allowed here; take the best one that is
    double bestScore = Double.NEGATIVE_INFINITY;
    String valid = outcome;
    for (int k = 0; k < p.length; k++) {
      String o = model.getOutcome(k);
      if (p[k] > bestScore && validator.validSequence(i, tokens, prior, o)) {
        bestScore = p[k];
        valid = o;
      }
    }
    return valid;
  }
}
