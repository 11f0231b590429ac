package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irkg.store.Tdb2Store;
import org.irkg.viz.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irkg demo} writes the actor graph of all seed articles beside kg.ttl, with links to the article files. */
class DemoVizIT {
  @TempDir Path dir;

  @Test
  void theDemoWritesTheActorGraphPage() throws Exception {
    Path store = dir.resolve("kg");
    Path out = Path.of("target", "it", "demo").toAbsolutePath();
    Cli r = Cli.run("demo", "--store", store.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    Path page = out.resolve("actors.html");
    assertTrue(r.out().contains("wrote " + page), r.out());
    int actors;
    try (Tdb2Store st = Tdb2Store.open(store)) {
      actors = st.select("PREFIX ir: <https://w3id.org/irkg/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a ir:mentions ?x }", null)
          .next().getLiteral("n").getInt();
    }
    assertTrue(actors > 50, "all seed articles: " + actors);
    // links from out/ to the article files: ../seeds/articles/... for the default folders
    assertTrue(Files.readString(page).contains("seeds/articles/seed-fr.txt"));
    try (Browser b = Browser.start()) {
      assertEquals(actors, b.openGraph(page.toUri().toString()));
      b.screenshot("actors-demo.png");
      Object href = b.js("var a = irkg.data.articles.filter(function (x) { return x.source === 'seed-fr.txt'; })[0];"
          + " var l = document.createElement('a'); l.href = a.href; return l.href;");
      assertTrue(Files.exists(Path.of(java.net.URI.create((String) href))), "the article link resolves to the file: " + href);
      assertEquals(List.of(), b.consoleErrors());
    }
  }
}
