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

  @Test
  void theLicenceAndTheNoticeShipWithTheJar() throws Exception {
    assertTrue(java.nio.file.Files.readString(Path.of("LICENSE")).contains("Apache License"));
    // the build copies the top-level NOTICE into the jar's META-INF (other jars have their own)
    boolean ours = false;
    for (var url : java.util.Collections.list(CliTest.class.getClassLoader().getResources("META-INF/NOTICE"))) {
      try (var in = url.openStream()) {
        String notice = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        ours |= notice.startsWith("irkg") && notice.contains("CC BY 2.5") && notice.contains("MIT License");
      }
    }
    assertTrue(ours, "META-INF/NOTICE of irkg");
  }

  @Test
  void theSparqlPageSaysWhenItHasNoExampleQueries() {
    String page = org.irkg.serve.SparqlPageAccess.render(dir.resolve("none"));
    assertTrue(page.contains("No example queries: no .rq file in"), page);
  }
}
