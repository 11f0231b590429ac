package org.irkg.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two articles one story: the same body text once case, punctuation and spacing are
 * set aside (a syndicated dispatch saved from two sites, one file saved twice under two names).
 * Texts shorter than {@link #MIN_LETTERS} letters and digits get no hash: two one-line notes that
 * happen to read alike are two articles.
 */
final class StoryHash {
  static final int MIN_LETTERS = 300;

  private StoryHash() {}

  /** The story's hash, or null for a text too short to call two copies one story. */
  static String of(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int letters = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        space = false;
        sb.appendCodePoint(c);
        letters++;
      } else {
        space = true;
      }
    }
    if (letters < MIN_LETTERS) {
      return null;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
