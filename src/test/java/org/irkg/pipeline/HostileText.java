package org.irkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A seeded generator of article texts meant to break the pipeline: random code points from every
 * plane (lone surrogates too), stacked combining marks, right-to-left text with bidi controls,
 * emoji sequences, control characters, huge tokens, mixed scripts, empty text, enormous sentences
 * and floods of newlines. The same seed gives the same texts, so a failure can be replayed.
 */
final class HostileText {
  /** One generated input: a name saying what kind it is, and the text. */
  record Case(String kind, String text) {}

  private final Random random;
  private final List<String> words;
  private final List<Function<Random, String>> kinds = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  /** @param seed the generator's seed; @param words real words (from the seed articles) to mix in */
  HostileText(long seed, List<String> words) {
    this.random = new Random(seed);
    this.words = words;
    add("all-planes", r -> codePoints(r, 1 + r.nextInt(5000), r2 -> r2.nextInt(0x110000)));
    add("combining-marks", r -> repeat(r, 1 + r.nextInt(300), r2 -> "a" + marks(r2, 1 + r2.nextInt(60)) + " "));
    add("rtl-bidi", r -> repeat(r, 1 + r.nextInt(400), r2 ->
        pick(r2, "\u202E", "\u202D", "\u200F", "\u2067", "\u2069", "") + pick(r2, "\u0627\u0644\u0646\u0627\u062A\u0648",
            "\u05E0\u05D0\u05D8\u05F4\u05D5", "OTAN", "\u0645\u0635\u0631") + pick(r2, " ", ". ", "\u060C ")));
    add("emoji", r -> repeat(r, 1 + r.nextInt(500), r2 -> pick(r2, "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\uD83C\uDDEB\uD83C\uDDF7", "\uD83D\uDC4D\uD83C\uDFFD", "\u2764\uFE0F", "Obama\uD83D\uDE00", " ")));
    add("lone-surrogates", r -> repeat(r, 1 + r.nextInt(500), r2 -> pick(r2, "\uD800", "\uDFFF", "x\uDBFF", "\uDC00y", " ")));
    add("control-chars", r -> codePoints(r, 1 + r.nextInt(3000), r2 -> r2.nextInt(4) == 0
        ? pick(r2, 0x2028, 0x2029, 0xFEFF, 0x200B, 0x85, 0x7F, 0xFFFE, 0xFFFF) : r2.nextInt(0x20)));
    add("huge-token", r -> hugeToken(r, 100_000));
    add("mixed-scripts", r -> repeat(r, 50 + r.nextInt(2000), r2 -> pick(r2, word(r2), word(r2), "\u041C\u043E\u0441\u043A\u0432\u0430",
        "\u5317\u4EAC", "\u0928\u0908 \u0926\u093F\u0932\u094D\u0932\u0940", "\u0391\u03B8\u03AE\u03BD\u03B1", ".", "\u3002")
        + pick(r2, " ", " ", "", "\n")));
    add("empty", r -> pick(r, "", " ", "\n", "\n\n\n", "\t", "\u00A0", "."));
    add("enormous-sentence", r -> sentence(r, 1_000_000));
    add("capitalised-sentence", r -> repeat(r, 150_000, r2 -> capitalised(word(r2)) + " "));
    add("many-newlines", r -> repeat(r, 200_000 + r.nextInt(300_000), r2 -> pick(r2, "\n", "\n", "\r\n", "\r", "a\n", "\n \n")));
    add("punctuation-runs", r -> repeat(r, 1 + r.nextInt(20), r2 -> repeat(r2, 1000 + r2.nextInt(20_000),
        r3 -> pick(r3, ".", "«", "»", "'", "-", "(", "...", "\u2019", "!")) + " "));
    add("all-planes-words", r -> repeat(r, 1 + r.nextInt(3000), r2 ->
        codePoints(r2, 1 + r2.nextInt(12), r3 -> r3.nextInt(0x110000)) + pick(r2, " ", " ", ". ", "\n")));
    add("words-near-the-run-cap", r -> repeat(r, 500 + r.nextInt(1500), r2 ->
        repeat(r2, 150 + r2.nextInt(100), r3 -> pick(r3, "U.", "a", "l'", "-", ".")) + " "));
    add("real-words-shuffled", r -> repeat(r, 100 + r.nextInt(5000), r2 -> word(r2) + pick(r2, " ", " ", " ", ". ", ", ", "\n")));
  }

  private void add(String name, Function<Random, String> gen) {
    names.add(name);
    kinds.add(gen);
  }

  /** Every kind once (so each is tried whatever the count), then random kinds. */
  List<Case> cases(int count) {
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int k = i < kinds.size() ? i : random.nextInt(kinds.size());
      out.add(new Case(names.get(k), kinds.get(k).apply(random)));
    }
    return out;
  }

  int kindCount() {
    return kinds.size();
  }

  /** The words of the seed articles (bodies only), for texts that look like news. */
  static List<String> seedWords(Path folder) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String w : Files.readString(f, StandardCharsets.UTF_8).split("\\s+")) {
          if (!w.isBlank() && !w.equals("---")) {
            out.add(w);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private String word(Random r) {
    return words.get(r.nextInt(words.size()));
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).replaceAll("[.!?]", "");
  }

  /** About {@code size} chars of real words without a sentence end (periods dropped). */
  private String sentence(Random r, int size) {
    StringBuilder b = new StringBuilder(size + 64);
    while (b.length() < size) {
      b.append(word(r).replaceAll("[.!?]", "")).append(' ');
    }
    return b.toString();
  }

  private static String hugeToken(Random r, int size) {
    String unit = pick(r, "a", "A", "9", "é", "l'", "-", "\uD83D\uDE00", "x\u0301", "\u5317", "U.");
    StringBuilder b = new StringBuilder(size + 8);
    while (b.length() < size) {
      b.append(unit);
    }
    return pick(r, "", "Obama met ", "L'OTAN et ") + b + pick(r, "", " met Putin.", ".");
  }

  private static String marks(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) (0x300 + r.nextInt(0x70)));
    }
    return b.toString();
  }

  private static String codePoints(Random r, int n, java.util.function.ToIntFunction<Random> cp) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int c = cp.applyAsInt(r);
      if (c >= 0xD800 && c <= 0xDFFF) {
        b.append((char) c); // a lone surrogate: a Java string may hold one (JSON "\ud800" does)
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  private static String repeat(Random r, int n, Function<Random, String> part) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(part.apply(r));
    }
    return b.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }
}
