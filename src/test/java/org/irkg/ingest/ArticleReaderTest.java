package org.irkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.Article;
import org.irkg.pipeline.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  /** Collects problems as lines. */
  static final class Lines implements Problems {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void warning(String where, String message) {
      warnings.add(where + ": " + message);
    }

    @Override
    public void error(String where, String message) {
      errors.add(where + ": " + message);
    }
  }

  private List<Article> read(Path f, Lines p) {
    List<Article> out = new ArrayList<>();
    new ArticleReader(1000).read(f, out::add, p);
    return out;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsFrontMatter() throws IOException {
    Lines p = new Lines();
    List<Article> a = read(write("a.txt", "---\ntitle: T\ndate: 2016-12-06\nlang: fr\n---\nCorps du texte.\n"), p);
    assertEquals(1, a.size());
    assertEquals("T", a.get(0).title());
    assertEquals(LocalDate.of(2016, 12, 6), a.get(0).date());
    assertEquals("fr", a.get(0).lang());
    assertEquals("Corps du texte.\n", a.get(0).text());
    assertEquals("a", a.get(0).key());
    assertTrue(p.errors.isEmpty());
  }

  @Test
  void readsPlainTextWithoutFrontMatter() throws IOException {
    Lines p = new Lines();
    List<Article> a = read(write("b.txt", "Just text."), p);
    assertNull(a.get(0).lang());
    assertNull(a.get(0).date());
  }

  @Test
  void readsJsonLinesAndReportsTheBrokenLine() throws IOException {
    Lines p = new Lines();
    List<Article> a = read(write("c.jsonl",
        "{\"id\":\"x1\",\"title\":\"A\",\"date\":\"2004-11-13\",\"lang\":\"en\",\"text\":\"Hello.\"}\n"
            + "{not json\n"
            + "{\"id\":\"x3\",\"text\":\"Bye.\"}\n"), p);
    assertEquals(2, a.size());
    assertEquals("x1", a.get(0).key());
    assertEquals(1, p.errors.size());
    assertTrue(p.errors.get(0).contains("c.jsonl:2"), p.errors.toString());
  }

  @Test
  void badFilesGetOneClearErrorEach() throws IOException {
    Lines p = new Lines();
    read(write("empty.txt", ""), p);
    read(Files.write(dir.resolve("bin.txt"), new byte[] {1, 0, 2, 0, 3}), p);
    read(Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'}), p);
    read(write("open.txt", "---\ntitle: x\nno end here\n"), p);
    read(write("big.txt", "x".repeat(2000)), p);
    assertEquals(5, p.errors.size(), p.errors.toString());
    assertTrue(p.errors.get(0).endsWith("empty file"));
    assertTrue(p.errors.get(1).contains("binary"));
    assertTrue(p.errors.get(2).contains("invalid UTF-8"));
    assertTrue(p.errors.get(3).contains("never closed"));
    assertTrue(p.errors.get(4).contains("over the limit"));
    p.errors.forEach(e -> assertTrue(!e.contains("\n") && e.contains(dir.toString()), e));
  }

  @Test
  void readsHtmlParagraphs() throws IOException {
    Lines p = new Lines();
    List<Article> a = read(write("d.html",
        "<html lang=\"en\"><head><title>Summit</title><script>x()</script></head>"
            + "<body><p>Leaders met.</p><p>They agreed.</p></body></html>"), p);
    assertEquals("Summit", a.get(0).title());
    assertEquals("en", a.get(0).lang());
    assertTrue(a.get(0).text().contains("Leaders met.\nThey agreed."));
  }

  @Test
  void listsFoldersInAStableOrderAndReportsMissingPaths() throws IOException {
    write("b.txt", "B");
    write("a.txt", "A");
    Lines p = new Lines();
    List<Path> files = new ArticleReader(1000).files(List.of(dir, dir.resolve("nope")), p);
    assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), files);
    assertEquals(1, p.errors.size());
  }

  @Test
  void aFolderWalkSaysWhatItSkipsAndPassesOverHiddenFolders() throws IOException {
    write("a.txt", "A");
    write("notes.md", "not an article");
    write("scan.pdf", "%PDF-1.4");
    write("b.txt.gz", "gzipped");
    Files.createDirectories(dir.resolve(".git/objects"));
    write(".git/objects/x.txt", "a git object");
    Files.createDirectories(dir.resolve("day1"));
    write("day1/article.txt", "one");
    Lines p = new Lines();
    ArticleFiles.Listing l = ArticleFiles.list(List.of(dir), p);
    assertEquals(List.of("a.txt", "b.txt.gz", "day1/article.txt"), l.inputs().stream().map(ArticleFiles.Input::name).toList());
    assertEquals("skipped 3 files (1 .md, 1 .pdf, 1 hidden folder)", l.skippedSummary());
    assertTrue(p.errors.isEmpty(), p.errors.toString());
  }

  @Test
  void aPdfNamedOnTheCommandLineIsAnErrorNotAnArticle() throws IOException {
    Lines p = new Lines();
    ArticleFiles.Listing l = ArticleFiles.list(List.of(write("report.pdf", "ASCII text in a pdf")), p);
    assertTrue(l.inputs().isEmpty());
    assertTrue(p.errors.get(0).contains("not an article file"), p.errors.toString());
  }

  @Test
  void anArticleIsKnownByItsPathBelowTheFolderIngested() throws IOException {
    Files.createDirectories(dir.resolve("day1"));
    Files.createDirectories(dir.resolve("day2"));
    write("day1/article.txt", "Leaders met.");
    write("day2/article.txt", "Leaders met again.");
    write("day2/article.html", "<html><body><p>Leaders met once more.</p></body></html>");
    Lines p = new Lines();
    List<Article> a = new ArrayList<>();
    for (ArticleFiles.Input in : ArticleFiles.list(List.of(dir), p).inputs()) {
      new ArticleReader(1000).read(in, a::add, p);
    }
    assertEquals(List.of("day1/article", "day2/article.html", "day2/article"), a.stream().map(Article::key).toList());
    assertEquals(List.of("day1/article.txt", "day2/article.html", "day2/article.txt"), a.stream().map(Article::source).toList());
  }

  @Test
  void aGzippedArticleIsReadAndItsUnpackedSizeIsCapped() throws IOException {
    Path gz = dir.resolve("g.txt.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("---\ntitle: T\n---\nLeaders met.\n".getBytes(StandardCharsets.UTF_8));
    }
    Lines p = new Lines();
    List<Article> a = new ArrayList<>();
    new ArticleReader(1000).read(new ArticleFiles.Input(gz, "g.txt.gz"), a::add, p);
    assertEquals("g", a.get(0).key());
    assertEquals("Leaders met.\n", a.get(0).text());
    Path bomb = dir.resolve("bomb.txt.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
      out.write("word ".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    }
    new ArticleReader(1000).read(new ArticleFiles.Input(bomb, "bomb.txt.gz"), a::add, p);
    assertEquals(1, a.size());
    assertTrue(p.errors.get(0).contains("unpacked text is over the limit of 1000"), p.errors.toString());
  }

  @Test
  void frontMatterKeepsTheUrlAndAuthorAndTellsABadDayFromABadFormat() throws IOException {
    Lines p = new Lines();
    List<Article> a = read(write("u.txt", "---\nurl: https://example.org/a\nauthor: J. Doe\nlang: FR-fr\ndate: 2018-02-30\n---\nText.\n"), p);
    assertEquals("https://example.org/a", a.get(0).url());
    assertEquals("J. Doe", a.get(0).author());
    assertEquals("fr", a.get(0).lang());
    assertNull(a.get(0).date());
    assertTrue(p.warnings.get(0).contains("is not a day of the calendar"), p.warnings.toString());
    read(write("v.txt", "---\ndate: 5 March 2018\n---\nText.\n"), p);
    assertTrue(p.warnings.get(1).contains("is not YYYY-MM-DD"), p.warnings.toString());
  }

  @Test
  void anEmptyJsonTextIsCalledEmptyNotMissing() throws IOException {
    Lines p = new Lines();
    read(write("e.jsonl", "{\"id\":\"a\",\"text\":\"\"}\n{\"id\":\"b\"}\n"), p);
    assertTrue(p.errors.get(0).endsWith("the \"text\" field is empty"), p.errors.toString());
    assertTrue(p.errors.get(1).endsWith("no \"text\" field"), p.errors.toString());
  }

  @Test
  void anHtmlPageGivesItsMetadataAndOnlyItsStory() throws IOException {
    Lines p = new Lines();
    List<Article> a = read(write("page.html", """
        <html lang="fr-FR"><head><title>Macron rencontre Merkel - Le Journal</title>
        <link rel="canonical" href="https://example.org/macron-merkel">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-03-05T10:00:00+01:00",
          "author":{"@type":"Person","name":"Jeanne Dupont"}}</script></head>
        <body><header><h1>Le Journal</h1><nav><ul><li><a href="/">Accueil</a></li></ul></nav></header>
        <div id="cookie-consent"><p>Nous utilisons des cookies.</p></div>
        <article><h1>Macron rencontre Merkel</h1>
        <p>Emmanuel Macron a rencontré Angela Merkel lundi.</p>
        <h3>À lire aussi</h3><ul><li>Donald Trump menace la Corée du Nord</li><li>Poutine rencontre Erdogan</li></ul>
        <p>Ils ont parlé de l'Europe.</p>
        <div class="share-buttons"><p>Partager sur Twitter</p></div></article>
        <aside><p>Xi Jinping a rencontré Kim Jong-un.</p></aside></body></html>"""), p);
    Article page = a.get(0);
    assertEquals("Macron rencontre Merkel", page.title());
    assertEquals("fr", page.lang());
    assertEquals(LocalDate.of(2018, 3, 5), page.date());
    assertEquals("https://example.org/macron-merkel", page.url());
    assertEquals("Jeanne Dupont", page.author());
    assertEquals("Emmanuel Macron a rencontré Angela Merkel lundi.\nIls ont parlé de l'Europe.\n", page.text());
  }

  @Test
  void anHtmlPageWithoutTitleOrLanguageIsRead() throws IOException {
    // it used to give "---\n---\n" front matter, and a StringIndexOutOfBoundsException that ended the ingest
    Lines p = new Lines();
    List<Article> a = read(write("bare.html", "<html><body><p>Japan criticized China.</p></body></html>"), p);
    assertEquals(1, a.size(), p.errors.toString());
    assertEquals("Japan criticized China.\n", a.get(0).text());
    assertNull(a.get(0).title());
  }

  @Test
  void aJsonLineNestedTooDeepIsOneErrorNotAStackOverflow() throws IOException {
    Lines p = new Lines();
    String deep = "{\"id\":\"d\",\"text\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    List<Article> a = new ArrayList<>();
    new ArticleReader(10_000_000).read(write("deep.jsonl", "{\"id\":\"x\",\"text\":\"Hi [{}].\"}\n" + deep + "\n"), a::add, p);
    assertEquals(1, a.size());
    assertEquals(List.of(dir.resolve("deep.jsonl") + ":2: malformed JSON line: nested deeper than 64 levels"), p.errors);
  }

  @Test
  void aTextOverTheCharacterCapIsCutAtASpaceWithAWarning() throws IOException {
    Lines p = new Lines();
    String text = "word ".repeat(ArticleReader.MAX_TEXT_CHARS / 5 + 1000);
    List<Article> a = new ArrayList<>();
    new ArticleReader(10_000_000).read(write("long.txt", "---\ntitle: " + "T".repeat(5000) + "\n---\n" + text), a::add, p);
    assertEquals(1, a.size());
    String kept = a.get(0).text();
    assertTrue(kept.length() <= ArticleReader.MAX_TEXT_CHARS && kept.length() > ArticleReader.MAX_TEXT_CHARS - 200);
    assertTrue(kept.endsWith("word"), "cut at a space");
    assertEquals(ArticleReader.MAX_TITLE_CHARS, a.get(0).title().length());
    assertEquals(2, p.warnings.size(), p.warnings.toString());
    assertTrue(p.warnings.get(0).contains("only the first 1000000 are analysed"), p.warnings.toString());
    assertTrue(p.errors.isEmpty());
  }

  @Test
  void aJsonLineWithInvalidUtf8CostsThatLineOnly() throws IOException {
    Lines p = new Lines();
    byte[] good = "{\"id\":\"a\",\"text\":\"Hi.\"}\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] cut = "{\"id\":\"b\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream f = new java.io.ByteArrayOutputStream();
    f.write(0xEF);
    f.write(0xBB);
    f.write(0xBF); // a byte order mark
    f.writeBytes(good);
    f.writeBytes(cut);
    f.write(0xC3); // the first byte of "é", cut
    f.writeBytes("\"}\n{\"id\":\"c\",\"text\":\"Bye.\"}".getBytes(StandardCharsets.UTF_8));
    List<Article> a = read(Files.write(dir.resolve("cut.jsonl"), f.toByteArray()), p);
    assertEquals(List.of("a", "c"), a.stream().map(Article::key).toList());
    assertEquals(List.of(dir.resolve("cut.jsonl") + ":2: invalid UTF-8 (the file must be UTF-8 text)"), p.errors);
  }
}
