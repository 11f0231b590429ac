package org.irkg.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints score tables in the reference scorer's layout. */
public final class Report {
  private Report() {}

  public static void table(PrintStream out, String title, Map<String, Scorer.Counts> total, List<String> kinds, int articles) {
    if (title != null) {
      out.println("== " + title);
    }
    out.printf("%-10s %5s %5s %5s %6s %6s %6s%n", "kind", "tp", "fp", "fn", "P", "R", "F1");
    Scorer.Counts all = new Scorer.Counts();
    for (String k : kinds) {
      Scorer.Counts c = total.getOrDefault(k, new Scorer.Counts());
      out.printf("%-10s %5d %5d %5d %6.2f %6.2f %6.2f%n", k, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1());
      all.add(c);
    }
    out.printf("micro P=%.3f R=%.3f F1=%.3f over %d articles%n", all.precision(), all.recall(), all.f1(), articles);
  }

  /** What was missed, by kind and cause: to choose the next step from data. */
  public static void misses(PrintStream out, Map<String, Scorer.Counts> total, List<String> kinds) {
    out.printf("%-10s %5s %14s %14s %8s%n", "missed", "fn", "actor-missing", "wrong-argument", "no-cue");
    for (String k : kinds) {
      if (k.equals("actor")) {
        continue;
      }
      Scorer.Counts c = total.getOrDefault(k, new Scorer.Counts());
      out.printf("%-10s %5d %14d %14d %8d%n", k, c.fn, c.fnActor, c.fnArgument, c.fnCue);
    }
  }
}
