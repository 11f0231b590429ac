package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer hit on their own folders: articles with one file name in several folders, a
 * --store that names a folder of articles, files passed over in silence, an unsupported language.
 * Each through the CLI, in process, with the real pipeline and TDB2.
 */
class NothingLostIT {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static int articles(Path store) {
    Cli r = Cli.run("stats", "--store", store.toString());
    assertEquals(0, r.code(), r.err());
    return Integer.parseInt(r.out().lines().filter(l -> l.startsWith("articles")).findFirst().orElseThrow()
        .replaceAll("\\D+", ""));
  }

  @Test
  void articlesWithOneFileNameInSeveralFoldersAreAllStored() throws IOException {
    write("dup/day1/article.txt", "Le président Emmanuel Macron a rencontré Angela Merkel à Berlin le 3 mars 2018.\n");
    write("dup/day2/article.txt", "Vladimir Poutine a rencontré Recep Tayyip Erdogan à Ankara le 4 avril 2018.\n");
    write("dup/day2/article.html", "<html><body><p>Donald Trump met Shinzo Abe in Tokyo on 5 May 2018.</p></body></html>");
    Path store = dir.resolve("kg");
    Cli r = Cli.run("ingest", dir.resolve("dup").toString(), "--store", store.toString(), "--no-progress-bar");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ingested 3 articles"), r.out());
    assertEquals(3, articles(store));
    Cli q = Cli.run("query", "--store", store.toString(), "--format", "csv", "--sparql",
        "SELECT (COUNT(*) AS ?n) { ?m a <https://w3id.org/irkg/ontology#Meeting> }");
    assertTrue(q.out().contains("\n3"), q.out());
  }

  @Test
  void twoArticlesWithOneIdAreReportedAndTheSummaryCountsWhatIsStored() throws IOException {
    write("a.jsonl", "{\"id\":\"x\",\"text\":\"Japan criticized China.\"}\n{\"id\":\"x\",\"text\":\"France met Germany.\"}\n");
    Path store = dir.resolve("kg");
    Cli r = Cli.run("ingest", dir.resolve("a.jsonl").toString(), "--store", store.toString(), "--no-progress-bar");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("same article id as a.jsonl#x"), r.err());
    assertTrue(r.out().startsWith("ingested 1 article "), r.out());
    assertEquals(1, articles(store));
    Cli removed = Cli.run("remove", "x", "--store", store.toString()); // by its JSON Lines id
    assertEquals(0, removed.code(), removed.err());
    assertEquals(0, articles(store));
  }

  @Test
  void aFolderThatIsNotAStoreIsNeverTurnedIntoOne() throws IOException {
    Path articles = dir.resolve("my-articles");
    write("my-articles/a.txt", "Japan criticized China.\n");
    for (String command : List.of("stats", "query", "export", "validate")) {
      String[] args = command.equals("query")
          ? new String[] {command, "--store", articles.toString(), "--sparql", "ASK {}"}
          : new String[] {command, "--store", articles.toString()};
      Cli r = Cli.run(args);
      assertEquals(1, r.code(), command);
      assertTrue(r.err().startsWith("error: " + articles + " is not an irkg store"), command + ": " + r.err());
    }
    Cli r = Cli.run("ingest", articles.toString(), "--store", articles.toString(), "--no-progress-bar");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("is not an irkg store and is not empty"), r.err());
    try (Stream<Path> s = Files.list(articles)) {
      assertEquals(List.of(articles.resolve("a.txt")), s.toList());
    }
  }

  @Test
  void aFailedFirstLoadLeavesNoStoreBehind() throws IOException {
    Path bad = write("bad.nq", "this is not N-Quads\n");
    Path store = dir.resolve("new-store");
    Cli r = Cli.run("load", bad.toString(), "--store", store.toString());
    assertEquals(1, r.code());
    assertFalse(Files.exists(store), "an empty store was left at " + store);
  }

  @Test
  void skippedFilesAreCountedHiddenFoldersPassedOverAndGzipRead() throws IOException {
    write("in/a.txt", "Japan criticized China.\n");
    write("in/notes.md", "# notes\n");
    write("in/scan.pdf", "%PDF-1.4 ascii");
    write("in/.git/c.txt", "Le président Macron a rencontré Angela Merkel.\n");
    Path gz = dir.resolve("in/b.txt.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("France met Germany in Paris.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path store = dir.resolve("kg");
    Cli r = Cli.run("ingest", dir.resolve("in").toString(), "--store", store.toString(), "--no-progress-bar", "--verbose");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ingested 2 articles"), r.out());
    assertTrue(r.out().contains("skipped 3 files (1 .md, 1 .pdf, 1 hidden folder):"), r.out());
    assertTrue(r.out().contains("scan.pdf (.pdf)"), r.out());
    Cli pdf = Cli.run("ingest", dir.resolve("in/scan.pdf").toString(), "--store", store.toString(), "--no-progress-bar");
    assertEquals(1, pdf.code());
    assertTrue(pdf.err().contains("scan.pdf: not an article file"), pdf.err());
  }

  @Test
  void anUnsupportedLanguageIsSaidAndNeverStoredAsAnother() throws IOException {
    write("de/tagged.txt", "---\nlang: de\n---\nBundeskanzlerin Angela Merkel hat am Montag in Berlin den französischen"
        + " Präsidenten Emmanuel Macron getroffen.\n");
    write("de/untagged.txt", "Bundeskanzlerin Angela Merkel hat am Montag in Berlin den französischen Präsidenten"
        + " Emmanuel Macron getroffen. Die beiden sprachen über die Zukunft der Europäischen Union.\n");
    Path store = dir.resolve("kg");
    Cli r = Cli.run("ingest", dir.resolve("de").toString(), "--store", store.toString(), "--no-progress-bar");
    assertEquals(0, r.code(), r.err());
    assertEquals(2, r.err().lines().filter(l -> l.contains("language 'de' is not one irkg reads (en, fr): stored without facts")).count(),
        r.err());
    Cli q = Cli.run("query", "--store", store.toString(), "--format", "csv", "--sparql",
        "SELECT ?l { ?a a <https://w3id.org/irkg/ontology#Article> ; <http://purl.org/dc/terms/language> ?l }");
    assertEquals(2, q.out().lines().filter("de"::equals).count(), q.out());
  }

  @Test
  void copiesOfOneStoryAreCountedOnceWithEverySourceKept() throws IOException {
    String story = "Le président Emmanuel Macron a rencontré la chancelière Angela Merkel à Berlin le 3 mars 2018."
        + " Les deux dirigeants ont parlé de l'avenir de l'Union européenne et de la défense commune, puis ils ont"
        + " tenu une conférence de presse commune. Le président français a ensuite rencontré le président polonais"
        + " Andrzej Duda à Varsovie, où il a été question du budget européen et de la politique agricole commune.\n";
    write("wire/site-a/dispatch.txt", "---\nurl: https://a.example/dispatch\n---\n" + story);
    write("wire/site-b/copy.txt", "---\nurl: https://b.example/copy\n---\n" + story.toUpperCase().replace(".", " ."));
    Path store = dir.resolve("kg");
    Cli r = Cli.run("ingest", dir.resolve("wire").toString(), "--store", store.toString(), "--no-progress-bar");
    assertEquals(0, r.code(), r.err());
    assertEquals(2, articles(store));
    String meeting = "SELECT ?n ?src { GRAPH <https://w3id.org/irkg/id/graph/claims> { ?c"
        + " <https://w3id.org/irkg/ontology#claimKind> <https://w3id.org/irkg/ontology#Meeting> ;"
        + " <https://w3id.org/irkg/ontology#participant> <https://w3id.org/irkg/id/person/angela-merkel> ;"
        + " <https://w3id.org/irkg/ontology#articleCount> ?n ; <https://w3id.org/irkg/ontology#sampleSource> ?src } }";
    Cli q = Cli.run("query", "--store", store.toString(), "--format", "csv", "--sparql", meeting);
    assertEquals(List.of("n,src", "1,site-a/dispatch.txt"), q.out().lines().toList());
    Cli copies = Cli.run("query", "--store", store.toString(), "--format", "csv", "--sparql",
        "SELECT ?copy ?of { ?copy <https://w3id.org/irkg/ontology#copyOf> ?of }");
    assertEquals(2, copies.out().lines().count(), "one copy, linked to the first: " + copies.out());
    assertEquals(0, Cli.run("validate", "--store", store.toString()).code());
    // the first article removed, the copy takes its place in the claims
    assertEquals(0, Cli.run("remove", "https://a.example/dispatch", "--store", store.toString()).code());
    q = Cli.run("query", "--store", store.toString(), "--format", "csv", "--sparql", meeting);
    assertEquals(List.of("n,src", "1,site-b/copy.txt"), q.out().lines().toList());
    Cli v = Cli.run("validate", "--store", store.toString());
    assertEquals(0, v.code(), v.out() + v.err());
  }
}
