package org.irkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a --store folder holds: a store, nothing yet, or something else that must be left alone. */
final class StoreFolder {
  private StoreFolder() {}

  /**
   * True when the folder holds a TDB2 store: its {@code Data-NNNN} generation folder. A folder of
   * articles, or any other folder, is not one, and opening it must not turn it into one.
   */
  static boolean isStore(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var s = Files.list(dir)) {
      return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True when the path is missing, or an empty folder, or a folder where the making of a store was
   * cut short (a process killed after TDB2 wrote its lock file, its first act, and before the
   * store's generation folder): where a new store may be made.
   */
  static boolean isNewPlace(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (var s = Files.list(dir)) {
      return Files.isDirectory(dir) && s.allMatch(p -> p.getFileName().toString().equals("tdb.lock") && Files.isRegularFile(p));
    } catch (IOException e) {
      return false;
    }
  }
}
