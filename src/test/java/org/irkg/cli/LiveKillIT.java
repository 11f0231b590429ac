package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.irkg.live.FeedServer;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irkg serve --feed} in a child JVM, killed with SIGKILL while it ingests a feed (served by a
 * real local HTTP server), then started again: it ends with the store an uninterrupted
 * {@code irkg ingest --feed} gives, every item once, and pages already stored are not fetched again.
 */
class LiveKillIT {
  private static final int KILLS = Integer.getInteger("irkg.live.kills", 3);
  @TempDir Path dir;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void aServerKilledDuringFeedIngestRestartsToTheUninterruptedStore() throws Exception {
    try (FeedServer feed = new FeedServer()) {
      String url = feed.base() + "feed.xml";
      Path ref = dir.resolve("reference");
      Cli r = Cli.run("ingest", "--feed", url, "--allow-local", "--store", ref.toString());
      assertEquals(0, r.code(), r.err());
      Set<String> want = quads(ref);
      int items = feed.items();

      Path store = dir.resolve("served");
      // no store there yet: a server that writes makes it
      Random random = new Random(13);
      int killedMidway = 0;
      long held = 0;
      for (int k = 0; k < KILLS; k++) {
        long grown = 0;
        if (Tdb2Store.isStore(store)) {
          try (Tdb2Store s = Tdb2Store.open(store)) {
            grown = s.articleCount();
          }
        }
        int port = freePort();
        Process p = serve(store, url, port, dir.resolve("kill-" + k + ".log"));
        // the first kill at a random moment of the start; the others just after a commit of the feed's
        // ingest (the store grew), a moment into the next batch
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long startedWith = -1;
        if (k == 0) {
          Thread.sleep(500 + random.nextInt(2500));
        } else {
          while (p.isAlive() && System.nanoTime() < until) {
            long n = articles(port);
            if (startedWith < 0 && n >= 0) {
              startedWith = n;
            }
            if (startedWith >= 0 && n > startedWith || n >= items) {
              break;
            }
            Thread.sleep(20);
          }
          Thread.sleep(random.nextInt(60));
        }
        if (!p.isAlive()) {
          fail("the server ended by itself: " + Files.readString(dir.resolve("kill-" + k + ".log")));
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        p.waitFor();
        if (Tdb2Store.isStore(store)) {
          try (Tdb2Store s = Tdb2Store.open(store)) { // what the killed server left, as the next one finds it
            held = s.articleCount();
          }
        }
        if (held > grown && held < items) {
          killedMidway++;
        }
      }
      assertTrue(killedMidway > 0, "no kill landed between two commits of the feed's ingest");
      int port = freePort();
      Path log = dir.resolve("final.log");
      int pagesBefore = feed.pageHits();
      Process p = serve(store, url, port, log);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (articles(port) < items && System.nanoTime() < until && p.isAlive()) {
        Thread.sleep(200);
      }
      assertEquals(items, articles(port), Files.readString(log));
      Thread.sleep(1500); // a few more polls: nothing more is stored
      assertEquals(items, articles(port), Files.readString(log));
      long pagesFetchedAfterRestart = feed.pageHits() - pagesBefore;
      p.destroy(); // SIGTERM: the shutdown hook closes the store
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      Set<String> got = quads(store);
      Set<String> lost = new TreeSet<>(want);
      lost.removeAll(got);
      Set<String> extra = new TreeSet<>(got);
      extra.removeAll(want);
      assertEquals(Set.of(), lost.stream().limit(3).collect(java.util.stream.Collectors.toSet()), "quads lost");
      assertEquals(Set.of(), extra.stream().limit(3).collect(java.util.stream.Collectors.toSet()), "quads extra");
      // each item missing after the kills is fetched once; those stored before are not fetched again
      assertEquals(items - held, pagesFetchedAfterRestart, "pages fetched after the last restart");
      System.out.printf("live kill: %d SIGKILLs of 'irkg serve --feed' (%d mid-ingest); restarted, the store equals an uninterrupted "
          + "ingest's (%d quads, %d items, none twice); %d of them held after the kills, the %d others fetched after the last restart%n",
          KILLS, killedMidway, got.size(), items, held, pagesFetchedAfterRestart);
    }
  }

  private static Process serve(Path store, String feed, int port, Path log) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.irkg.cli.IrkgCommand",
        "serve", "--store", store.toString(), "--port", Integer.toString(port), "--feed", feed, "--allow-local",
        "--poll", "0.01", "--batch", "3")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** The articles the server says it holds, or -1 while it does not answer. */
  private long articles(int port) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status.json"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return JSON.parse(r.body()).get("articles").getAsNumber().value().longValue();
    } catch (Exception e) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The store's N-Quads without blank-node lines (the ontology's lists are labelled afresh in each store). */
  private Set<String> quads(Path store) throws IOException {
    Path nq = dir.resolve("export.nq");
    Cli e = Cli.run("export", "--store", store.toString(), "--format", "nq", "-o", nq.toString());
    assertEquals(0, e.code(), e.err());
    Set<String> out = new TreeSet<>();
    for (String l : Files.readAllLines(nq, StandardCharsets.UTF_8)) {
      if (!l.startsWith("_:") && !l.contains("> _:")) {
        out.add(l);
      }
    }
    return out;
  }
}
