package org.irkg.cli;

/** Counts with their noun, in the singular for one: "1 error", "3 errors". */
final class Plural {
  private Plural() {}

  static String of(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
