package org.irkg.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.Article;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Problems;

/**
 * A larger corpus for the reliability tests, made from the seed articles: each article several
 * times under fresh ids, every copy but the first without one of its paragraphs (so copies differ
 * and their graphs too), written as one JSON Lines file.
 */
public final class TestCorpus {
  private TestCorpus() {}

  /** Writes {@code copies} variants of each seed article to {@code jsonl}; returns how many articles. */
  public static int write(Path jsonl, int copies) {
    ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
    Problems quiet = Problems.printing(null);
    List<Article> seeds = new ArrayList<>();
    for (Path f : reader.files(List.of(Path.of("seeds/articles")), quiet)) {
      reader.read(f, seeds::add, quiet);
    }
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (int k = 0; k < copies; k++) {
      for (Article a : seeds) {
        String[] paragraphs = a.text().split("\n");
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs.length; p++) {
          if (k == 0 || paragraphs.length < 2 || p != (k - 1) % paragraphs.length) {
            text.append(paragraphs[p]).append('\n');
          }
        }
        out.append("{\"id\":").append(quote(a.key() + "-" + k))
            .append(a.lang() == null ? "" : ",\"lang\":" + quote(a.lang()))
            .append(a.title() == null ? "" : ",\"title\":" + quote(a.title()))
            .append(a.date() == null ? "" : ",\"date\":" + quote(a.date().toString()))
            .append(",\"text\":").append(quote(text.toString())).append("}\n");
        n++;
      }
    }
    try {
      Files.writeString(jsonl, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /** A JSON string. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
