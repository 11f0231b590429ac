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

  @Override
  public Integer call() {
    Map<String, Long> counts;
    try (Tdb2Store st = store.openExisting()) {
      counts = Stats.count(st);
    }
    try (PrintStream out = output.printStream()) {
      counts.forEach((k, v) -> out.printf("%-14s %8d%n", k, v));
    }
    return 0;
  }
}
