package org.irkg.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.irkg.doc.Article;

/**
 * What an article's graph was extracted from: its text and metadata, and the extractor's
 * fingerprint (code version and data files). Equal hashes mean re-extracting would give the same
 * graph, so the article is skipped.
 */
final class ContentHash {
  private ContentHash() {}

  /** What an article says, wherever it was read from: two inputs with equal ones are one article read twice. */
  static String ofContent(Article a) {
    return of(new Article(a.key(), "", a.title(), a.date(), a.lang(), a.url(), a.text(), a.author()), "");
  }

  static String of(Article a, String fingerprint) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {fingerprint, a.source(), a.title(), String.valueOf(a.date()), a.lang(), a.url(), a.author(), a.text()}) {
        md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
