package org.irkg.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a store may be made: nothing there, or a store whose making a kill cut short, but never a folder of other files. */
class StoreFolderTest {
  @TempDir Path dir;

  @Test
  void aFolderWithOnlyTdb2sLockIsWhereAStoreWasBeingMade() throws IOException {
    Path cut = Files.createDirectories(dir.resolve("cut"));
    Files.createFile(cut.resolve("tdb.lock")); // TDB2's first act; a SIGKILL before its Data-0001
    assertTrue(StoreFolder.isNewPlace(cut));
    assertFalse(StoreFolder.isStore(cut));
    assertTrue(StoreFolder.isNewPlace(dir.resolve("missing")));
    assertTrue(StoreFolder.isNewPlace(Files.createDirectories(dir.resolve("empty"))));
  }

  @Test
  void aFolderOfOtherFilesIsNoPlaceForAStore() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.createFile(articles.resolve("tdb.lock"));
    Files.writeString(articles.resolve("a.txt"), "an article");
    assertFalse(StoreFolder.isNewPlace(articles));
  }
}
