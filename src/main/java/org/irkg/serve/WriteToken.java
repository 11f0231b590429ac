package org.irkg.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret that lets a client write (POST articles). Only its SHA-256 is kept, and a request's
 * token is compared by hash in constant time, so neither the comparison's time nor its length says
 * anything about the secret. It never appears in a log, a message or {@link #toString}.
 */
public final class WriteToken {
  /** A shorter secret is refused: it could be guessed. */
  public static final int MIN_CHARS = 16;
  private final byte[] hash;

  private WriteToken(byte[] hash) {
    this.hash = hash;
  }

  /** The token from its text; blank or short text is an IllegalArgumentException (without the text). */
  public static WriteToken of(String secret) {
    String s = secret == null ? "" : secret.strip();
    if (s.length() < MIN_CHARS) {
      throw new IllegalArgumentException("the write token must have at least " + MIN_CHARS + " characters");
    }
    return new WriteToken(sha256(s));
  }

  /** Whether a request's token is this one. */
  public boolean matches(String given) {
    return given != null && MessageDigest.isEqual(hash, sha256(given.strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "WriteToken[hidden]";
  }
}
