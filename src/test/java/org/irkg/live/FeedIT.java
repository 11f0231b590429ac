package org.irkg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.irkg.app.IngestJob;
import org.irkg.doc.Article;
import org.irkg.ingest.ArticleReader;
import org.irkg.ingest.FeedReader;
import org.irkg.ingest.WebFetch;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds read from a real local HTTP server: items become articles with their page's text, a
 * repeated item is read once, hostile feeds (slow, huge, broken, with a doctype, redirecting in a
 * loop or to a file, on a local address not allowed) are refused with one line each; polled into a
 * store, an item stored is neither fetched nor stored again, after a restart too, and a broken
 * feed beside a good one costs only itself.
 */
class FeedIT {
  static FeedServer server;
  static Extractor extractor;
  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    server = new FeedServer();
    extractor = Extractor.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Problems kept as "error: where: message" lines. */
  static final class Kept implements Problems {
    final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void warning(String where, String message) {
      lines.add("warning: " + where + ": " + message);
    }

    @Override
    public synchronized void error(String where, String message) {
      lines.add("error: " + where + ": " + message);
    }

    long errors() {
      return lines.stream().filter(l -> l.startsWith("error")).count();
    }
  }

  static FeedReader reader(boolean allowLocal) {
    return new FeedReader(new WebFetch(new WebFetch.Limits(Duration.ofSeconds(1), 1024 * 1024, 5, allowLocal)));
  }

  @Test
  void itemsWithOnlyASummaryAreReadFromTheirPage() {
    Kept p = new Kept();
    int before = server.pageHits();
    List<Article> got = reader(true).read(server.base() + "feed.xml", (g, l) -> false, p);
    assertEquals(List.of(), p.lines);
    assertEquals(server.items(), got.size());
    assertEquals(server.items(), server.pageHits() - before, "one fetch per item's page");
    List<Article> seeds = FeedServer.seedArticles();
    for (int i = 0; i < got.size(); i++) {
      Article a = got.get(i);
      Article seed = seeds.get(i);
      String last = seed.text().strip().lines().reduce((x, y) -> y).orElseThrow();
      assertTrue(a.text().contains(last.strip()), "item " + i + " has its page's whole text");
      assertTrue(a.text().length() > FeedServer.firstSentence(seed.text()).length(), "more than the summary");
      assertEquals("test-item-" + i, a.source());
      assertEquals(server.base() + "page/" + i + ".html", a.url());
      assertEquals(seed.date(), a.date());
      assertEquals(seed.lang() == null ? "en" : seed.lang(), a.lang(), "the page's language");
    }
  }

  @Test
  void aFeedThatRepeatsItsItemsGivesEachOnceAndKnownItemsAreNotFetched() {
    Kept p = new Kept();
    int before = server.pageHits();
    List<Article> got = reader(true).read(server.base() + "repeats.xml",
        (guid, link) -> guid.equals("test-item-0") || link.endsWith("/page/1.html"), p);
    assertEquals(server.items() - 2, got.size(), p.lines.toString());
    assertEquals(server.items() - 2, server.pageHits() - before);
  }

  @Test
  void atomEntriesWithContentAreRead() {
    Kept p = new Kept();
    List<Article> got = reader(true).read(server.base() + "atom.xml", (g, l) -> false, p);
    assertEquals(2, got.size(), p.lines.toString());
    assertEquals("urn:test:atom:0", got.get(0).source());
    assertEquals(java.time.LocalDate.of(2018, 1, 1), got.get(0).date());
    assertTrue(got.get(0).text().length() > 200);
  }

  @Test
  void hostileFeedsAreRefusedWithOneLineEach() {
    String[][] cases = {
        {"broken.xml", "not a readable RSS or Atom feed"},
        {"doctype.xml", "not a readable RSS or Atom feed"},
        {"slow.xml", "no answer within 1 s"},
        {"huge.xml", "over the limit of 1048576 bytes"},
        {"loop", "more than 5 redirects"},
        {"to-file", "only http and https are fetched"},
        {"missing.xml", "HTTP 404"},
    };
    for (String[] c : cases) {
      Kept p = new Kept();
      long t = System.nanoTime();
      List<Article> got = reader(true).read(server.base() + c[0], (g, l) -> false, p);
      double secs = (System.nanoTime() - t) / 1e9;
      assertEquals(List.of(), got, c[0]);
      assertEquals(1, p.lines.size(), c[0] + ": " + p.lines);
      String line = p.lines.get(0);
      assertTrue(line.startsWith("error: " + server.base() + c[0] + ": ") && line.contains(c[1]), c[0] + ": " + line);
      assertFalse(line.contains("\n"), line);
      assertFalse(line.contains("root:"), "nothing of the file leaks: " + line);
      assertTrue(secs < 3.5, c[0] + " took " + secs + " s");
    }
    Kept p = new Kept();
    assertEquals(server.items(), reader(true).read(server.base() + "to-feed", (g, l) -> false, p).size(), "a redirect is followed");
  }

  @Test
  void localAddressesAreRefusedUnlessAllowed() {
    Kept p = new Kept();
    assertEquals(List.of(), reader(false).read(server.base() + "feed.xml", (g, l) -> false, p));
    assertEquals(1, p.lines.size(), p.lines.toString());
    assertTrue(p.lines.get(0).contains("127.0.0.1 is a local address"), p.lines.get(0));
    WebFetch strict = new WebFetch(WebFetch.Limits.defaults(1024, false));
    for (String url : List.of("file:///etc/passwd", "http://localhost:1/", "http://10.1.2.3/", "http://[::1]:1/", "ftp://example.org/")) {
      try {
        strict.get(url);
        throw new AssertionError(url + " was fetched");
      } catch (WebFetch.FetchException e) {
        assertTrue(e.getMessage().startsWith(url + ": "), e.getMessage());
      }
    }
  }

  @Test
  void pollingStoresEachItemOnceAcrossPollsAndRestarts() throws Exception {
    Path storeDir = dir.resolve("kg");
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    server.show(10);
    try {
      int pagesBefore = server.pageHits();
      try (Tdb2Store store = Tdb2Store.open(storeDir)) {
        LiveWriter writer = new LiveWriter(store, new IngestJob(extractor, new ArticleReader(1 << 20), 1000), log::add);
        FeedPoller poller = new FeedPoller(List.of(server.base() + "broken.xml", server.base() + "feed.xml"), Duration.ofMinutes(1),
            reader(true), writer, new StoredItems(store), log::add);
        poller.pollAll();
        assertEquals(10, writer.articles(), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("error: " + server.base() + "broken.xml: ")), "the broken feed is reported: " + log);
        server.show(server.items());
        poller.pollAll();
        poller.pollAll();
        assertEquals(server.items(), writer.articles(), log.toString());
        assertEquals(server.items(), server.pageHits() - pagesBefore, "each page fetched once");
        poller.close();
        writer.close();
      }
      try (Tdb2Store store = Tdb2Store.open(storeDir)) {
        LiveWriter writer = new LiveWriter(store, new IngestJob(extractor, new ArticleReader(1 << 20), 1000), log::add);
        FeedPoller poller = new FeedPoller(List.of(server.base() + "repeats.xml"), Duration.ofMinutes(1), reader(true), writer,
            new StoredItems(store), log::add);
        assertEquals(0, poller.poll(server.base() + "repeats.xml"), "after a restart nothing is stored again");
        assertEquals(server.items(), server.pageHits() - pagesBefore, "nor fetched again");
        assertEquals(server.items(), writer.articles());
        poller.close();
        writer.close();
      }
    } finally {
      server.show(server.items());
    }
  }
}
