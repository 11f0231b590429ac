package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irkg.app.TestCorpus;
import org.irkg.doc.Ids;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with real processes: {@code irkg ingest} runs as a child JVM over a few hundred
 * articles and is killed with SIGKILL at random moments. After each kill the store opens, {@code
 * irkg validate} passes and every article it holds is whole (its graph is the graph an
 * uninterrupted run gives it); the same ingest run again completes the store, which then equals
 * the uninterrupted run's. Also: a second ingest on a store in use fails at once and harms nothing.
 *
 * <p>{@code -Dirkg.kills=N} sets the number of kills (3 by default; 25 with {@code mvn -Pkill-loop
 * verify}), {@code -Dirkg.kill.seed=N} the seed of the kill moments.
 */
class KillResumeIT {
  private static final int KILLS = Integer.getInteger("irkg.kills", 3);
  /** Kills on one store before it is resumed to completion and compared; then a fresh store. */
  private static final int KILLS_PER_STORE = 5;
  private static final long SEED = Long.getLong("irkg.kill.seed", 6L);
  private static final Pattern TOOK = Pattern.compile(" in ([0-9.]+) s$", Pattern.MULTILINE);
  private static final String CONTENT_HASH = "<https://w3id.org/irkg/ontology#contentHash>";
  private static final String SOURCE = "<http://purl.org/dc/terms/source>";

  @TempDir static Path dir;
  static Path corpus;
  static int articles;
  /** The uninterrupted store: N-Quads lines by graph, blank-node lines left out. */
  static Map<String, Set<String>> reference;
  static double startupSeconds;
  static double workSeconds;

  @BeforeAll
  static void uninterruptedReference() throws Exception {
    corpus = dir.resolve("corpus.jsonl");
    articles = TestCorpus.write(corpus, 17);
    Path log = dir.resolve("reference.log");
    long t = System.nanoTime();
    Process p = ingest(dir.resolve("reference"), log);
    assertEquals(0, p.waitFor(), Files.readString(log));
    double wall = (System.nanoTime() - t) / 1e9;
    Matcher m = TOOK.matcher(Files.readString(log).trim());
    assertTrue(m.find(), Files.readString(log));
    workSeconds = Double.parseDouble(m.group(1));
    startupSeconds = Math.max(0.5, wall - workSeconds);
    reference = graphs(dir.resolve("reference"), "reference");
    assertEquals(articles, articleGraphs(reference).size());
  }

  /** {@code irkg ingest corpus.jsonl --store DIR --batch 8} in a child JVM, its output to a log. */
  private static Process ingest(Path store, Path log) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.irkg.cli.IrkgCommand",
        "ingest", corpus.toString(), "--store", store.toString(), "--batch", "8")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  @Test
  void killedIngestsLeaveWholeArticlesAndResumeToTheUninterruptedStore() throws Exception {
    Random random = new Random(SEED);
    int kills = 0;
    int midIngest = 0;
    int stores = 0;
    long compared = 0;
    // more kills if none has yet landed between two commits of a run, so the test proves something
    while (kills < KILLS || midIngest == 0 && kills < KILLS + 10) {
      assertTrue(stores < KILLS + 20, "runs keep ending before their kill");
      Path store = dir.resolve("killed-" + stores++);
      int stored = 0;
      for (int onThisStore = 0; onThisStore < KILLS_PER_STORE && (kills < KILLS || midIngest == 0); onThisStore++) {
        // a random moment of the run, from its start to the end of what is left to do
        double left = startupSeconds + workSeconds * (articles - stored) / articles;
        long delayMillis = (long) (random.nextDouble() * left * 1000);
        Path log = dir.resolve("run.log");
        Process p = ingest(store, log);
        if (p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
          assertEquals(0, p.exitValue(), Files.readString(log));
          break; // it finished first: this store is complete
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        p.waitFor();
        kills++;
        int now = checkWhole(store, kills);
        if (now > stored && now < articles) {
          midIngest++;
        }
        stored = now;
      }
      Path log = dir.resolve("resume.log");
      Process resume = ingest(store, log);
      assertEquals(0, resume.waitFor(), Files.readString(log));
      compared += assertSameQuads(graphs(store, "resumed"), "the store resumed after kill " + kills);
    }
    assertTrue(midIngest > 0, "no kill landed after a commit and before the end of its run");
    System.out.printf("kill/resume: %d SIGKILLs survived (%d after a commit and before the end of the run), "
        + "%d stores resumed, %d articles each, %d quads compared, triples lost 0%n",
        kills, midIngest, stores, articles, compared);
  }

  /**
   * The store after a kill: it opens (export), {@code irkg validate} passes, each article graph it
   * holds is the reference's graph for that article. Returns the number of articles it holds.
   */
  private static int checkWhole(Path store, int kill) throws IOException {
    if (!Files.exists(store)) {
      return 0; // killed before the store was created
    }
    Map<String, Set<String>> got = graphs(store, "kill " + kill);
    Path report = dir.resolve("validate.txt");
    Cli v = Cli.run("validate", "--store", store.toString(), "-o", report.toString());
    assertEquals(0, v.code(), "after kill " + kill + ": " + v.err() + Files.readString(report));
    Set<String> stored = articleGraphs(got);
    for (String g : stored) {
      Set<String> quads = got.get(g);
      Set<String> want = reference.get(g);
      if (!quads.equals(want)) {
        fail("after kill " + kill + ", article " + g + " is not whole: " + quads.size() + " quads, "
            + (want == null ? "none" : want.size()) + " in the uninterrupted store");
      }
      assertTrue(quads.stream().anyMatch(q -> q.startsWith("<" + g + "> " + CONTENT_HASH)), g);
      assertTrue(quads.stream().anyMatch(q -> q.startsWith("<" + g + "> " + SOURCE)), g);
    }
    if (!stored.isEmpty()) {
      // the background is written before any article, in one transaction
      assertEquals(reference.get(Ids.GAZETTEER_GRAPH), got.get(Ids.GAZETTEER_GRAPH), "gazetteer after kill " + kill);
      assertEquals(reference.get(Ids.ONTOLOGY_GRAPH), got.get(Ids.ONTOLOGY_GRAPH), "ontology after kill " + kill);
    }
    return stored.size();
  }

  @Test
  void aSecondIngestOnTheSameStoreFailsAtOnceAndTheStoreEndsAsOneIngestLeavesIt() throws Exception {
    Path store = dir.resolve("two");
    Path log1 = dir.resolve("first.log");
    Path log2 = dir.resolve("second.log");
    Process first = ingest(store, log1);
    // TDB2 creates its lock file in the new folder when it opens the store
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(store.resolve("tdb.lock")) && first.isAlive() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    Thread.sleep(200);
    long t = System.nanoTime();
    Process second = ingest(store, log2);
    int code = second.waitFor();
    double secs = (System.nanoTime() - t) / 1e9;
    assertTrue(first.isAlive(), "the first ingest had ended before the second was refused: nothing was tested");
    String out = Files.readString(log2, StandardCharsets.UTF_8);
    assertEquals(1, code, out);
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), out);
    assertTrue(lines.get(0).startsWith("error: store " + store + " is in use by another irkg process"), out);
    assertEquals(0, first.waitFor(), Files.readString(log1));
    assertSameQuads(graphs(store, "two ingests"), "the store of two ingests");
    System.out.printf("two ingests: the second was refused in %.1f s (JVM start included); the store equals one ingest's%n", secs);
  }

  /** The store's N-Quads ({@code irkg export --format nq}) by graph, blank-node lines left out. */
  private static Map<String, Set<String>> graphs(Path store, String when) throws IOException {
    Path nq = dir.resolve("export.nq");
    Cli e = Cli.run("export", "--store", store.toString(), "--format", "nq", "-o", nq.toString());
    assertEquals(0, e.code(), when + ": the store does not open: " + e.err());
    Map<String, Set<String>> out = new TreeMap<>();
    try (var lines = Files.lines(nq, StandardCharsets.UTF_8)) {
      lines.forEach(l -> {
        // the ontology's OWL lists are blank nodes, labelled afresh in each store
        if (!l.startsWith("_:") && !l.contains("> _:")) {
          String graph = l.substring(l.lastIndexOf(" <") + 2, l.length() - 3);
          out.computeIfAbsent(graph, g -> new TreeSet<>()).add(l);
        }
      });
    }
    return out;
  }

  /** Fails unless the store holds the reference's quads, no fewer and no more; returns how many. */
  private static int assertSameQuads(Map<String, Set<String>> got, String what) {
    Set<String> want = lines(reference);
    Set<String> have = lines(got);
    Set<String> lost = new TreeSet<>(want);
    lost.removeAll(have);
    Set<String> extra = new TreeSet<>(have);
    extra.removeAll(want);
    if (!lost.isEmpty() || !extra.isEmpty()) {
      fail(what + ": " + lost.size() + " quads lost, " + extra.size() + " extra; lost "
          + lost.stream().limit(3).toList() + ", extra " + extra.stream().limit(3).toList());
    }
    return have.size();
  }

  private static Set<String> articleGraphs(Map<String, Set<String>> graphs) {
    Set<String> out = new TreeSet<>(graphs.keySet());
    out.remove(Ids.GAZETTEER_GRAPH);
    out.remove(Ids.ONTOLOGY_GRAPH);
    return out;
  }

  private static Set<String> lines(Map<String, Set<String>> graphs) {
    Set<String> out = new TreeSet<>();
    graphs.values().forEach(out::addAll);
    return out;
  }
}
