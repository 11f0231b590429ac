package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article through the whole pipeline into a temporary TDB2 store, then queried. */
class SeedEndToEndIT {
  @TempDir static Path dir;
  static String store;

  @BeforeAll
  static void ingest() {
    store = dir.resolve("kg").toString();
    Cli r = Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", store);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ingested 1 article "), r.out());
  }

  private static List<String> csv(String query) throws Exception {
    Path out = dir.resolve(Path.of(query).getFileName() + ".csv");
    Cli r = Cli.run("query", query, "--store", store, "--format", "csv", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void finlandAndSwedenAreInTheEuButNotInNato() throws Exception {
    List<String> rows = csv("queries/alliance-members.rq");
    String evidence = "Membres de l'UE, mais pas de l'OTAN, la Finlande et la Suède ont participé";
    for (String state : List.of("Finland", "Sweden")) {
      assertTrue(rows.stream().anyMatch(r -> r.startsWith("European Union," + state + ",true,") && r.contains(evidence)), rows.toString());
      assertTrue(rows.stream().anyMatch(r -> r.startsWith("North Atlantic Treaty Organization," + state + ",false,")), rows.toString());
    }
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("North Atlantic Treaty Organization,United States,true,")), rows.toString());
  }

  @Test
  void officesMeetingsAndTreaties() throws Exception {
    List<String> positions = csv("queries/positions.rq");
    assertTrue(positions.stream().anyMatch(r -> r.startsWith("Jens Stoltenberg,secrétaire général,North Atlantic Treaty Organization,")), positions.toString());
    assertTrue(positions.stream().anyMatch(r -> r.startsWith("Jean-Marc Ayrault,ministre,France,")), positions.toString());
    List<String> meetings = csv("queries/meetings.rq");
    assertTrue(meetings.stream().anyMatch(r -> r.startsWith("2016-12-06,Brussels,") && r.contains("John Kerry") && r.contains("Finland")), meetings.toString());
    assertTrue(meetings.stream().anyMatch(r -> r.startsWith("2016-07,Warsaw,")), meetings.toString());
    List<String> treaties = csv("queries/treaties.rq");
    assertTrue(treaties.stream().anyMatch(r -> r.startsWith("accord sur le nucléaire iranien,2015")), treaties.toString());
    List<String> network = csv("queries/actor-network.rq");
    assertTrue(network.stream().anyMatch(r -> r.startsWith("Donald Trump,criticizes,North Atlantic Treaty Organization,")), network.toString());
  }

  @Test
  void reingestingChangesNothingAndTheGraphValidates() throws Exception {
    Cli before = Cli.run("stats", "--store", store);
    assertEquals(0, Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", store).code());
    Cli after = Cli.run("stats", "--store", store);
    assertEquals(before.out(), after.out());
    Path report = dir.resolve("report.txt");
    Cli v = Cli.run("validate", "--store", store, "-o", report.toString());
    assertEquals(0, v.code(), Files.readString(report));
  }

  @Test
  void turtleExportParsesWithAnIndependentParser() throws Exception {
    Path ttl = dir.resolve("kg.ttl");
    assertEquals(0, Cli.run("export", "--store", store, "--format", "ttl", "-o", ttl.toString()).code());
    try (InputStream in = Files.newInputStream(ttl)) {
      Model m = Rio.parse(in, "", RDFFormat.TURTLE);
      assertTrue(m.size() > 1000, "triples: " + m.size());
    }
    String text = Files.readString(ttl);
    assertTrue(text.contains("PREFIX ir:") || text.contains("@prefix ir:"), "the project prefixes are declared");
  }

  @Test
  void badInputIsReportedAndTheRestIsStored() throws Exception {
    Path in = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(in.resolve("good.txt"), "---\nlang: en\ndate: 2004-11-13\n---\nHu Jintao met Lula in Brasilia.\n");
    Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
    Files.writeString(in.resolve("empty.txt"), "");
    String other = dir.resolve("kg2").toString();
    Cli r = Cli.run("ingest", in.toString(), "--store", other);
    assertEquals(1, r.code());
    List<String> errors = r.err().lines().toList();
    assertEquals(2, errors.size(), r.err());
    assertTrue(errors.get(0).contains("bad.txt") && errors.get(0).contains("invalid UTF-8"), errors.toString());
    assertTrue(errors.get(1).contains("empty.txt") && errors.get(1).contains("empty file"), errors.toString());
    assertTrue(r.out().startsWith("ingested 1 article "), r.out());
  }

  @Test
  void aStoreHeldByAnotherProcessIsAClearError() throws Exception {
    String held = dir.resolve("held").toString();
    try (org.irkg.store.Tdb2Store st = org.irkg.store.Tdb2Store.open(Path.of(held))) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "org.irkg.cli.IrkgCommand", "stats", "--store", held)
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(1, p.waitFor(), out);
      assertTrue(out.contains("error: store " + held + " is in use by another irkg process"), out);
      assertEquals(1, out.lines().filter(l -> !l.isBlank()).count(), out);
    }
  }

  @Test
  void removingAnArticleRemovesItsFactsAndKeepsTheGazetteer() throws Exception {
    String other = dir.resolve("kg-remove").toString();
    assertEquals(0, Cli.run("ingest", "seeds/articles/seed-fr.txt", "seeds/articles/en-001.txt", "--store", other).code());
    Cli r = Cli.run("remove", "seed-fr.txt", "--store", other);
    assertEquals(0, r.code(), r.err());
    assertEquals("removed 1 article from " + other, r.out().trim());
    Cli stats = Cli.run("stats", "--store", other);
    assertTrue(stats.out().lines().anyMatch(l -> l.matches("articles\\s+1")), stats.out());
    Cli missing = Cli.run("remove", "nope.txt", "--store", other);
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("nope.txt: no such article"), missing.err());
  }
}
