package org.irkg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.irkg.doc.Text;

/**
 * Makes the forms of a word from its dictionary form, so that lexicons list verbs by their
 * infinitive and nouns by their singular: the endings of a language's inflection.tsv for regular
 * words, its irregular-verbs.tsv (and forms given in braces by a lexicon) for the others.
 */
public final class Inflector {
  private record Rule(String pos, Pattern ending, List<String> forms) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, List<String>> irregular = new HashMap<>();

  /** Reads {@code inflection.tsv} and {@code irregular-verbs.tsv} of a language folder. */
  static Inflector load(String dir) {
    Inflector in = new Inflector();
    for (TsvFile.Row r : TsvFile.read(dir + "inflection.tsv")) {
      try {
        List<String> forms = new ArrayList<>(List.of(r.get(2).split(" ", -1)));
        in.rules.add(new Rule(r.get(0), Pattern.compile(r.get(1)), forms));
      } catch (PatternSyntaxException e) {
        throw r.error("bad ending '" + r.get(1) + "': " + e.getDescription());
      }
    }
    if (TsvFile.exists(dir + "irregular-verbs.tsv")) {
      for (TsvFile.Row r : TsvFile.read(dir + "irregular-verbs.tsv")) {
        in.irregular.put(Text.key(r.get(0)), r.list(1, " "));
      }
    }
    return in;
  }

  /**
   * The forms of a word: the irregular ones when it has some (from {@code given}, else from
   * irregular-verbs.tsv), else those of the first matching ending; always the word itself.
   */
  public Set<String> forms(String pos, String lemma, List<String> given) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    List<String> irr = given != null && !given.isEmpty() ? given : "verb".equals(pos) ? irregular.get(Text.key(lemma)) : null;
    if (irr != null) {
      out.addAll(irr);
      return out;
    }
    for (Rule r : rules) {
      if (r.pos().equals(pos) && r.ending().matcher(lemma).find()) {
        for (String f : r.forms()) {
          out.add(r.ending().matcher(lemma).replaceFirst(f));
        }
        break;
      }
    }
    out.removeIf(String::isBlank);
    return out;
  }
}
