package org.irkg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;

/**
 * Finds lexicon phrases in a sentence: a trie over folded words, so "l'OTAN", "États-Unis" and
 * "Etats Unis" compare equal whatever the tokenizer did with the hyphen. A word written with a
 * trailing '*' in the lexicon matches any word with that prefix. Matches end on token boundaries.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

  /** A match: tokens {@code first} to {@code end} (exclusive) and what they stand for. */
  public record Match<T>(int first, int end, List<T> values) {}

  private static final class Node<T> {
    final Map<String, Node<T>> exact = new HashMap<>();
    final List<Map.Entry<String, Node<T>>> prefixes = new ArrayList<>();
    final List<T> values = new ArrayList<>();
  }

  private final Node<T> root = new Node<>();
  private int size;

  /** Adds a phrase; returns false when it has no word. */
  public boolean add(String phrase, T value) {
    String[] words = Text.words(phrase);
    if (words.length == 0) {
      return false;
    }
    Node<T> n = root;
    for (String w : words) {
      if (w.endsWith("*") && w.length() > 1) {
        String p = w.substring(0, w.length() - 1);
        Node<T> next = null;
        for (Map.Entry<String, Node<T>> e : n.prefixes) {
          if (e.getKey().equals(p)) {
            next = e.getValue();
          }
        }
        if (next == null) {
          next = new Node<>();
          n.prefixes.add(Map.entry(p, next));
        }
        n = next;
      } else {
        n = n.exact.computeIfAbsent(w.replace("*", ""), k -> new Node<>());
      }
    }
    n.values.add(value);
    size++;
    return true;
  }

  /** Removes the values of exactly this phrase that {@code which} accepts. */
  public void removeIf(String phrase, java.util.function.Predicate<T> which) {
    Node<T> n = root;
    for (String w : Text.words(phrase)) {
      n = n.exact.get(w);
      if (n == null) {
        return;
      }
    }
    int before = n.values.size();
    n.values.removeIf(which);
    size -= before - n.values.size();
  }

  /** The values of exactly this phrase (its words as {@link #add} splits them), or null. */
  public List<T> exact(String phrase) {
    Node<T> n = root;
    for (String w : Text.words(phrase)) {
      n = n.exact.get(w);
      if (n == null) {
        return null;
      }
    }
    return n == root || n.values.isEmpty() ? null : List.copyOf(n.values);
  }

  public int size() {
    return size;
  }

  /** The words of a sentence, flattened, with the token each comes from. */
  public static final class Words {
    final String[] words;
    final int[] token;
    final boolean[] lastOfToken;
    final int[] firstWordOfToken;

    /**
     * The words of a sentence, made once: the matchers of every stage ask for the same sentence
     * in a row, so each thread keeps the last one it made (sentences are immutable).
     */
    public static Words of(Sentence s) {
      Words w = LAST.get();
      if (w == null || w.sentence != s) {
        w = new Words(s);
        LAST.set(w);
      }
      return w;
    }

    private static final ThreadLocal<Words> LAST = new ThreadLocal<>();
    private final Sentence sentence;

    public Words(Sentence s) {
      sentence = s;
      int n = 0;
      for (int i = 0; i < s.size(); i++) {
        n += Math.max(1, s.token(i).words().length);
      }
      String[] ws = new String[n];
      int[] tk = new int[n];
      boolean[] last = new boolean[n];
      int k = 0;
      firstWordOfToken = new int[s.size() + 1];
      for (int i = 0; i < s.size(); i++) {
        firstWordOfToken[i] = k;
        String[] w = s.token(i).words();
        if (w.length == 0 && joiningHyphen(s, i)) {
          continue; // "al - Assad" as the tokenizer cut "al-Assad": the hyphen joins, it does not break
        }
        if (w.length == 0) {
          w = new String[] {""}; // punctuation: a word that no phrase contains
        }
        for (int j = 0; j < w.length; j++) {
          ws[k] = w[j];
          tk[k] = i;
          last[k] = j == w.length - 1;
          k++;
        }
      }
      firstWordOfToken[s.size()] = k;
      words = java.util.Arrays.copyOf(ws, k);
      token = java.util.Arrays.copyOf(tk, k);
      lastOfToken = java.util.Arrays.copyOf(last, k);
    }
  }

  /** A hyphen token glued to the words on both sides. */
  static boolean joiningHyphen(Sentence s, int i) {
    return s.token(i).text().equals("-") && i > 0 && i + 1 < s.size()
        && s.token(i - 1).end() == s.token(i).start() && s.token(i).end() == s.token(i + 1).start();
  }

  /**
   * The longest phrase starting at token {@code first} that has an accepted value, or null.
   *
   * @param accept tells whether a value fits the surface text of the match
   */
  public Match<T> longestAt(Sentence s, Words w, int first, BiPredicate<T, String> accept) {
    List<Match<T>> found = new ArrayList<>();
    walk(root, w, w.firstWordOfToken[first], first, s, accept, found);
    Match<T> best = null;
    for (Match<T> m : found) {
      if (best == null || m.end() > best.end()) {
        best = m;
      }
    }
    return best;
  }

  private void walk(
      Node<T> n, Words w, int wi, int first, Sentence s, BiPredicate<T, String> accept,
      List<Match<T>> out) {
    if (wi >= w.words.length) {
      return;
    }
    String word = w.words[wi];
    if (word.isEmpty()) {
      return;
    }
    Node<T> next = n.exact.get(word);
    if (next != null) {
      step(next, w, wi, first, s, accept, out);
    }
    for (Map.Entry<String, Node<T>> e : n.prefixes) {
      if (word.startsWith(e.getKey())) {
        step(e.getValue(), w, wi, first, s, accept, out);
      }
    }
  }

  private void step(
      Node<T> next, Words w, int wi, int first, Sentence s, BiPredicate<T, String> accept,
      List<Match<T>> out) {
    if (w.lastOfToken[wi] && !next.values.isEmpty()) {
      int end = w.token[wi] + 1;
      String surface = s.span(first, end);
      List<T> ok = new ArrayList<>();
      for (T v : next.values) {
        if (accept == null || accept.test(v, surface)) {
          ok.add(v);
        }
      }
      if (!ok.isEmpty()) {
        out.add(new Match<>(first, end, ok));
      }
    }
    walk(next, w, wi + 1, first, s, accept, out);
  }

  /** All longest, non-overlapping matches from left to right. */
  public List<Match<T>> findAll(Sentence s, BiPredicate<T, String> accept) {
    Words w = Words.of(s);
    List<Match<T>> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      if (joiningHyphen(s, i)) {
        i++;
        continue;
      }
      Match<T> m = longestAt(s, w, i, accept);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }
}
