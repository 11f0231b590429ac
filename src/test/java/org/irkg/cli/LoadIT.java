package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irkg load}: an export loaded into another store gives the same quads and the same answers
 * (bulk into an empty store, batches into one with articles); bad files are one line each and
 * leave the store as it was.
 */
class LoadIT {
  @TempDir static Path dir;
  static Path exported;
  static Set<String> quads;

  @BeforeAll
  static void exportTheSeeds() throws Exception {
    String kg = dir.resolve("kg").toString();
    assertEquals(0, Cli.run("ingest", "seeds/articles", "--store", kg).code());
    exported = dir.resolve("kg.nq");
    assertEquals(0, Cli.run("export", "--store", kg, "--format", "nq", "-o", exported.toString()).code());
    quads = quads(kg);
  }

  /** The store's N-Quads without blank-node lines (the ontology's OWL lists get fresh labels). */
  private static Set<String> quads(String store) throws Exception {
    Path nq = dir.resolve("check-" + System.nanoTime() + ".nq");
    assertEquals(0, Cli.run("export", "--store", store, "--format", "nq", "-o", nq.toString()).code());
    Set<String> out = new TreeSet<>();
    Files.readAllLines(nq, StandardCharsets.UTF_8).stream().filter(l -> !l.contains("_:")).forEach(out::add);
    return out;
  }

  private static List<String> members(String store) throws Exception {
    Path csv = dir.resolve("members-" + System.nanoTime() + ".csv");
    Cli q = Cli.run("query", "queries/alliance-members.rq", "--store", store, "--format", "csv", "-o", csv.toString());
    assertEquals(0, q.code(), q.err());
    return Files.readAllLines(csv, StandardCharsets.UTF_8);
  }

  @Test
  void anExportLoadedInBulkGivesTheSameQuadsAndAnswers() throws Exception {
    String copy = dir.resolve("bulk").toString();
    Cli l = Cli.run("load", exported.toString(), "--store", copy);
    assertEquals(0, l.code(), l.err());
    assertTrue(l.out().contains("(bulk loader)"), l.out());
    assertEquals(quads, quads(copy));
    assertEquals(members(dir.resolve("kg").toString()), members(copy), "the claims graph was built from the loaded articles");
    assertEquals(0, Cli.run("validate", "--store", copy, "-o", dir.resolve("v.txt").toString()).code(),
        Files.readString(dir.resolve("v.txt")));
  }

  @Test
  void loadingIntoAStoreWithArticlesReplacesGraphsInBatches() throws Exception {
    String copy = dir.resolve("batches").toString();
    assertEquals(0, Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", copy).code());
    Cli l = Cli.run("load", exported.toString(), "--store", copy, "--batch", "3");
    assertEquals(0, l.code(), l.err());
    assertTrue(l.out().contains("(batches)"), l.out());
    assertEquals(quads, quads(copy));
    Cli again = Cli.run("load", exported.toString(), "--store", copy);
    assertEquals(0, again.code(), again.err());
    assertEquals(quads, quads(copy), "loading twice changes nothing");
    assertEquals(members(dir.resolve("kg").toString()), members(copy));
  }

  @Test
  void badFilesAreOneLineEachAndTheOthersStillLoad() throws Exception {
    List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
    Path broken = dir.resolve("broken.nq");
    List<String> cut = new ArrayList<>(lines.subList(0, lines.size() / 2));
    cut.add("<https://w3id.org/irkg/id/x> <urn:p> \"no end");
    Files.write(broken, cut, StandardCharsets.UTF_8);
    Path turtle = Files.writeString(dir.resolve("triples.ttl"), "<urn:s> <urn:p> <urn:o> .");
    Path missing = dir.resolve("missing.nq");

    String store = dir.resolve("bad").toString();
    Cli l = Cli.run("load", broken.toString(), turtle.toString(), missing.toString(), exported.toString(), "--store", store);
    assertEquals(1, l.code());
    List<String> errors = l.err().lines().toList();
    assertEquals(3, errors.size(), l.err());
    assertTrue(errors.get(0).startsWith("error: " + broken + ": ") && errors.get(0).contains("line"), errors.get(0));
    assertTrue(errors.get(1).startsWith("error: " + turtle + ": not N-Quads"), errors.get(1));
    assertTrue(errors.get(2).startsWith("error: " + missing + ": "), errors.get(2));
    assertFalse(l.err().contains("\tat "), "no stack trace");
    assertEquals(quads, quads(store), "the broken file left nothing; the good one loaded whole");
  }

  @Test
  void graphsSplitAcrossTheFileAreRefusedWhenTheyWouldReplaceThemselves() throws Exception {
    List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
    String seed = "<https://w3id.org/irkg/id/article/seed-fr>";
    List<String> split = new ArrayList<>(lines.stream().filter(l -> l.endsWith(seed + " .")).toList());
    split.add(lines.stream().filter(l -> !l.endsWith(seed + " .") && l.contains("/article/")).findFirst().orElseThrow());
    split.add(split.get(0));
    Path file = Files.write(dir.resolve("split.nq"), split, StandardCharsets.UTF_8);
    String store = dir.resolve("split").toString();
    assertEquals(0, Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", store).code());
    Cli l = Cli.run("load", file.toString(), "--store", store);
    assertEquals(1, l.code());
    assertTrue(l.err().contains("are not together"), l.err());
  }
}
