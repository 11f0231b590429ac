package org.irkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a verb dictionary in the PETRARCH / TABARI format (CAMEO.2.0.txt and the dictionaries
 * users bring): synonym sets ({@code &LABEL} then {@code +WORD} lines), verb blocks
 * ({@code --- NAME [code] ---}) with their verbs (irregular forms in braces, a multiword verb with
 * {@code +} before its verb word, a code of its own in brackets) and patterns
 * ({@code - WORDS * WORDS (PREP NOUN) [code]}). The format is PETRARCH2's dictionaries.rst.
 */
public final class CameoVerbs {
  /**
   * One verb of a block.
   *
   * @param words the words of the verb in order, lower case ("call", "off")
   * @param verbIndex which of them is the verb that inflects
   * @param forms the irregular forms given in braces, each as its words, or empty
   * @param code its CAMEO code ("---" for none)
   * @param block the block it belongs to
   */
  public record Verb(List<String> words, int verbIndex, List<List<String>> forms, String code, Block block) {}

  /**
   * A verb block: its name, its code and its patterns.
   *
   * @param name the block's name
   * @param code its default code
   * @param patterns its patterns
   */
  public record Block(String name, String code, List<CameoPattern> patterns) {}

  /**
   * A pattern: words that must stand before and after the verb in its clause, each as the
   * alternatives it allows (a synonym set), the code, and how its target is found.
   *
   * @param before words before the verb
   * @param after words after the verb, in order
   * @param code the code when the pattern matches
   * @param targetPreposition the preposition before the target ({@code (WITH +)}), "obj" for a
   *     target right after the verb, or null when the pattern marks none
   * @param line the line of the dictionary
   */
  /**
   * One pattern of a verb. {@code reversed} is TABARI's "[:051]": the code holds with source and
   * target swapped ("X received the backing of Y" is Y's endorsement of X).
   */
  public record CameoPattern(List<List<String>> before, List<List<String>> after, String code,
      String targetPreposition, int line, boolean reversed) {}

  private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S.*?)\\s+\\[([^\\]]*)\\]");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  /** A block header as users may write it: a name (of one or more words), then one or more codes ("--- DELAY [120] [031:031] ---"). */
  private static final Pattern BLOCK = Pattern.compile("^---\\s+\\S.*?\\s+(\\[[^\\]]*\\]\\s*)+(---)?\\s*$"); // the closing --- may sit behind a comment

  private final Map<String, List<String>> synsets = new HashMap<>();
  private final List<Verb> verbs = new ArrayList<>();
  private final String name;

  private CameoVerbs(String name) {
    this.name = name;
  }

  public List<Verb> verbs() {
    return verbs;
  }

  /** Reads a dictionary; {@code name} names it in error messages. */
  public static CameoVerbs read(BufferedReader in, String name) throws IOException {
    return read(in, name, null);
  }

  /**
   * Reads a dictionary a user brings: as {@link #read}, but every code must be one {@code known}
   * accepts ("---" codes nothing), every block header and pattern must be well formed, and the
   * first line that is not fails the whole file with its line and the reason.
   */
  public static CameoVerbs readStrict(BufferedReader in, String name, java.util.function.Predicate<String> known)
      throws IOException {
    return read(in, name, known);
  }

  private static CameoVerbs read(BufferedReader in, String name, java.util.function.Predicate<String> known)
      throws IOException {
    CameoVerbs d = new CameoVerbs(name);
    String line;
    int n = 0;
    String synset = null;
    Block block = null;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.startsWith("######## TRANSFORMATIONS")) {
        break;
      }
      String text = stripComment(line).trim();
      if (text.isEmpty()) {
        synset = null;
        continue;
      }
      Matcher h = HEADER.matcher(text);
      if (known != null) {
        check(text, name, n, known);
      }
      if (h.find()) {
        synset = null;
        block = new Block(h.group(1), code(h.group(2)), new ArrayList<>());
        continue;
      }
      if (text.startsWith("&") && block == null) {
        synset = text.substring(1).replaceAll("_$", "");
        d.synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (synset != null && text.startsWith("+")) {
        d.synsets.get(synset).add(text.substring(1).replace('_', ' ').toLowerCase(java.util.Locale.ROOT).trim());
        continue;
      }
      if (block == null) {
        continue;
      }
      if (text.startsWith("-")) {
        CameoPattern p = d.pattern(text.substring(1).trim(), n);
        if (p != null) {
          block.patterns().add(p);
        }
      } else {
        Verb v = verb(text, block, n, name);
        if (v != null) {
          d.verbs.add(v);
        }
      }
    }
    return d;
  }

  /** A user's line: a block header as "--- NAME [code] ---", a pattern with its '*', every code known. */
  private static void check(String text, String file, int line, java.util.function.Predicate<String> known) {
    if (text.startsWith("---") && !BLOCK.matcher(text).find()) {
      throw new DataFileException(file + ":" + line + ": a verb block starts \"--- NAME [CODE] ---\"");
    }
    if (text.startsWith("-") && !text.startsWith("---") && !text.contains("*")) {
      throw new DataFileException(file + ":" + line + ": a pattern needs a '*' where the verb stands");
    }
    Matcher c = CODE.matcher(text);
    while (c.find()) {
      for (String part : c.group(1).split(":")) {
        String code = part.trim().split("\\s+")[0];
        if (!code.isEmpty() && !code.startsWith("-") && !code.startsWith("+") && !code.startsWith("#")
            && !known.test(code)) {
          throw new DataFileException(file + ":" + line + ": unknown CAMEO event code '" + code + "'");
        }
      }
    }
  }

  private static String stripComment(String line) {
    int i = line.indexOf('#');
    return i >= 0 ? line.substring(0, i) : line;
  }

  private static String code(String c) {
    String first = c.trim();
    int colon = first.indexOf(':');
    return colon >= 0 ? first.substring(0, colon).trim() : first; // "[042:043]": the active voice's
  }

  private static Verb verb(String text, Block block, int line, String file) {
    String own = null;
    Matcher c = CODE.matcher(text);
    if (c.find()) {
      own = code(c.group(1));
      text = text.substring(0, c.start()) + text.substring(c.end());
    }
    List<List<String>> forms = new ArrayList<>();
    int brace = text.indexOf('{');
    if (brace >= 0) {
      int close = text.indexOf('}', brace);
      if (close < 0) {
        throw new DataFileException(file + ":" + line + ": a '{' without its '}'");
      }
      for (String f : text.substring(brace + 1, close).trim().split("\\s+")) {
        if (!f.isBlank()) {
          forms.add(words(f));
        }
      }
      text = text.substring(0, brace);
    }
    text = text.trim();
    if (text.isEmpty() || text.contains(" ")) {
      return null;
    }
    List<String> ws = words(text);
    int verbIndex = 0;
    String[] raw = text.split("_");
    for (int i = 0; i < raw.length; i++) {
      if (raw[i].startsWith("+")) {
        verbIndex = i;
      }
    }
    return new Verb(ws, verbIndex, forms, own != null ? own : block.code(), block);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.replace("+", "").toLowerCase(java.util.Locale.ROOT).split("_")) {
      if (!w.isBlank()) {
        out.add(w);
      }
    }
    return out;
  }

  /** "* (WITH +) [036]" and the like; null when it names a synonym set not defined before it. */
  private CameoPattern pattern(String text, int line) {
    Matcher c = CODE.matcher(text);
    String code = null;
    boolean reversed = false;
    int codeAt = text.length();
    while (c.find()) {
      code = code(c.group(1));
      String raw = c.group(1).trim();
      reversed = code.isEmpty() && raw.startsWith(":");
      if (reversed) {
        code = raw.substring(1).trim(); // "[:051]": only the swapped reading has a code
      }
      codeAt = c.start();
    }
    if (code == null || code.isEmpty()) {
      return null;
    }
    String body = text.substring(0, codeAt);
    int star = body.indexOf('*');
    if (star < 0) {
      return null;
    }
    List<List<String>> before = new ArrayList<>();
    List<List<String>> after = new ArrayList<>();
    if (!elements(body.substring(0, star), before, null)) {
      return null;
    }
    String[] t = new String[1];
    if (!elements(body.substring(star + 1), after, t)) {
      return null;
    }
    return new CameoPattern(before, after, code, t[0], line, reversed);
  }

  /** Parses pattern words into alternatives; notes where the target '+' stands. */
  private boolean elements(String s, List<List<String>> out, String[] target) {
    String x = s.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ");
    boolean inParen = false;
    String prep = null;
    boolean firstInParen = false;
    for (String tok : x.trim().split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      switch (tok) {
        case "(" -> {
          inParen = true;
          firstInParen = true;
          prep = null;
        }
        case ")" -> inParen = false;
        case "{", "}", "$", "%", "^" -> { }
        case "+" -> {
          if (target != null && target[0] == null) {
            target[0] = inParen && prep != null ? prep : out.isEmpty() ? "obj" : null;
          }
        }
        default -> {
          List<String> alts;
          if (tok.startsWith("&")) {
            alts = synsets.get(tok.substring(1).replaceAll("_$", ""));
            if (alts == null) {
              return false; // PETRARCH ignores a pattern with an undefined synonym set
            }
          } else {
            alts = List.of(tok.replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
          }
          if (inParen && firstInParen) {
            prep = alts.get(0);
          }
          firstInParen = false;
          out.add(alts);
        }
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return name + " (" + verbs.size() + " verbs)";
  }
}
