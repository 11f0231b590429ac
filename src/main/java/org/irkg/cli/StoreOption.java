package org.irkg.cli;

import java.nio.file.Path;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command that touches the store takes. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg",
      description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
  Path store;

  /** The file in the store's folder where {@code irkg serve} writes the URL it serves the store at. */
  static final String SERVED_AT = "serving.url";

  Tdb2Store open() {
    return withServerHint(() -> Tdb2Store.open(store));
  }

  /** A store held by a server says where the server is, so its files can be handed to it. */
  private Tdb2Store withServerHint(java.util.function.Supplier<Tdb2Store> open) {
    try {
      return open.get();
    } catch (org.irkg.store.StoreException e) {
      String url = servedAt();
      if (url != null && e.getMessage().contains("in use by another")) {
        throw new org.irkg.store.StoreException(e.getMessage() + "; it is served at " + url
            + ": 'irkg ingest --server " + url + " PATH...' hands the articles to that server", e);
      }
      throw e;
    }
  }

  /** The URL a server wrote when it started serving this store, or null. */
  String servedAt() {
    try {
      Path f = store.resolve(SERVED_AT);
      return java.nio.file.Files.isRegularFile(f) ? java.nio.file.Files.readString(f).strip() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Opens an existing store; a missing one is a user error, not an empty answer. */
  Tdb2Store openExisting() {
    if (!java.nio.file.Files.isDirectory(store)) {
      throw new UserException("no store at " + store + " (run 'irkg ingest PATH --store " + store + "' first)");
    }
    if (!Tdb2Store.isStore(store)) {
      throw new UserException(store + " is not an irkg store (make one with 'irkg ingest PATH --store DIR')");
    }
    return withServerHint(() -> Tdb2Store.open(store));
  }

  /** True when no store is there yet: a command that made it and stored nothing takes it away again. */
  boolean isNew() {
    return Tdb2Store.isNewPlace(store);
  }

  /** Deletes a store this run made when nothing was stored in it (a failed first load). */
  void deleteMade(java.io.PrintWriter err) {
    try (var files = java.nio.file.Files.walk(store)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      err.println("warning: " + store + ": could not remove the empty store: " + e.getMessage());
    }
  }
}
