package org.irkg.cli;

import java.nio.file.Path;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command that touches the store takes. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg",
      description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
  Path store;

  Tdb2Store open() {
    return Tdb2Store.open(store);
  }

  /** Opens an existing store; a missing one is a user error, not an empty answer. */
  Tdb2Store openExisting() {
    if (!java.nio.file.Files.isDirectory(store)) {
      throw new UserException("no store at " + store + " (run 'irkg ingest PATH --store " + store + "' first)");
    }
    return Tdb2Store.open(store);
  }
}
