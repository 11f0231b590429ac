package org.irkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irkg.app.IngestJob;
import org.irkg.app.QuadLoader;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irkg load FILE...}: N-Quads or TriG (an export, a backup) into a store. */
@Command(name = "load", mixinStandardHelpOptions = true,
    header = "Loads N-Quads or TriG files into the store.",
    description = {"Files as 'irkg export' writes them keep their named graphs: into a store without "
            + "articles through TDB2's bulk loader, else a batch of graphs per transaction, each "
            + "replacing the graph of the same name. The claims graph is derived, not loaded.",
        "Exit code 1 when some file could not be loaded; the others are still stored."})
public final class LoadCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = ".nq or .trig files (.gz too)")
  List<Path> files;

  @Option(names = "--batch", defaultValue = "" + IngestJob.DEFAULT_BATCH,
      description = "named graphs per transaction when the store already holds articles (default: ${DEFAULT-VALUE})")
  int batch;

  @Override
  public Integer call() {
    Checks.atLeast(spec, "--batch", batch, 1);
    int failed = 0;
    QuadLoader loader = new QuadLoader(batch);
    boolean made = store.isNew();
    try (Tdb2Store st = store.open()) {
      for (Path f : files) {
        long t = System.nanoTime();
        try {
          QuadLoader.Loaded l = loader.load(f, st);
          spec.commandLine().getOut().printf("loaded %d quads (%d graphs) from %s into %s in %.1f s (%s)%n", l.quads(),
              l.graphs(), f, store.store, (System.nanoTime() - t) / 1e9, l.bulk() ? "bulk loader" : "batches");
        } catch (IllegalArgumentException e) {
          spec.commandLine().getErr().println("error: " + e.getMessage());
          failed++;
        }
      }
    }
    if (made && failed == files.size()) {
      store.deleteMade(spec.commandLine().getErr()); // nothing loaded: no empty store left behind
    }
    return failed > 0 ? 1 : 0;
  }
}
