package org.irkg.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irkg.app.Stats;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code irkg stats}: counts of articles, actors and facts by kind. */
@Command(name = "stats", mixinStandardHelpOptions = true, header = "Counts articles, actors, facts by kind and quads.")
public final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @picocli.CommandLine.Option(names = "--events", description = "also the coded events: the share of sentences coded, and events per CAMEO root and QuadClass beside GDELT's shares")
  boolean events;

  @Override
  public Integer call() {
    try (Tdb2Store st = store.openExisting(); PrintStream out = output.printStream()) {
      Map<String, Long> counts = Stats.count(st);
      counts.forEach((k, v) -> out.printf("%-14s %8d%n", k, v));
      if (events) {
        out.println();
        org.irkg.app.EventStats.print(st, out);
      }
    }
    return 0;
  }
}
