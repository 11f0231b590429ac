package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"ingest", "query", "export", "viz", "serve", "validate", "stats", "demo", "eval", "annotate", "check-data"}) {
      Cli r = Cli.run(c, "--help");
      assertEquals(0, r.code(), c);
      assertTrue(r.out().contains("Usage: irkg " + c), c + ": " + r.out());
    }
  }

  @Test
  void usageMistakesExitWithTwo() {
    assertEquals(2, Cli.run("query").code());
    assertEquals(2, Cli.run("nosuchcommand").code());
  }

  @Test
  void aMissingStoreIsOneLineNotAStackTrace() {
    Cli r = Cli.run("stats", "--store", dir.resolve("none").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: no store at"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void checkDataLoadsEveryLanguage() {
    Cli r = Cli.run("check-data");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("fr: {titles="), r.out());
    assertTrue(r.out().contains("en: {titles="), r.out());
  }
}
