package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irkg.app.GdeltTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coded events from the CLI as users meet them: GDELT's table with one row per event and day and
 * its articles counted, actor codes from the Phoenix dictionaries (a president's dated role),
 * queries/events.rq narrowed to two actors, and irkg eval on event gold.
 */
class EventsIT {
  @TempDir static Path dir;
  static String store;

  private static void article(String name, String date, String url, String text) throws IOException {
    Files.writeString(dir.resolve("in").resolve(name), "---\ntitle: " + name + "\ndate: " + date + "\nlang: en\nurl: " + url
        + "\n---\n" + text + "\n", StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void ingest() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    article("a.txt", "2015-03-02", "https://news.example.org/a", "Russia threatened Ukraine on Monday.");
    article("b.txt", "2015-03-02", "https://other.example.com/b", "Russia threatened Ukraine on Monday, officials said.");
    article("c.txt", "2015-03-20", "https://news.example.org/c",
        "Barack Obama criticised Russia. Russia threatened Ukraine again.");
    store = dir.resolve("kg").toString();
    Cli r = Cli.run("ingest", dir.resolve("in").toString(), "--store", store, "--no-progress-bar");
    assertEquals(0, r.code(), r.err());
  }

  private static List<Map<String, String>> gdelt() throws IOException {
    Path out = dir.resolve("events.tsv");
    Cli r = Cli.run("export", "--store", store, "--format", "gdelt", "--header", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(String.join("\t", GdeltTable.COLUMNS), lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split("\t", -1);
      assertEquals(61, c.length, l);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < c.length; i++) {
        row.put(GdeltTable.COLUMNS.get(i), c[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String a1, String a2, String day) {
    return rows.stream().filter(r -> r.get("Actor1Code").equals(a1) && r.get("Actor2Code").equals(a2) && r.get("Day").equals(day))
        .findFirst().orElseThrow(() -> new AssertionError(a1 + " " + a2 + " " + day + " not in " + rows));
  }

  @Test
  void oneEventOnOneDayToldTwiceIsOneRowWithItsArticlesCounted() throws IOException {
    List<Map<String, String>> rows = gdelt();
    Map<String, String> t = row(rows, "RUS", "UKR", "20150302");
    assertEquals("2", t.get("NumArticles"));
    assertEquals("2", t.get("NumSources"), "two hosts");
    assertEquals("13", t.get("EventRootCode"));
    assertTrue(t.get("EventCode").startsWith("13"), t.toString());
    assertEquals("3", t.get("QuadClass"));
    assertTrue(Double.parseDouble(t.get("GoldsteinScale")) < 0, t.toString());
    assertEquals("RUSSIA", t.get("Actor1Name"));
    assertEquals("201503", t.get("MonthYear"));
    assertEquals("https://news.example.org/a", t.get("SOURCEURL"));
    assertEquals("20150302000000", t.get("DATEADDED"));
    Map<String, String> later = row(rows, "RUS", "UKR", "20150320");
    assertEquals("1", later.get("NumArticles"), "another day is another row");
  }

  @Test
  void aPresidentIsCodedWithTheRoleHeHeldThatDay() throws IOException {
    Map<String, String> o = row(gdelt(), "USAGOV", "RUS", "20150320");
    assertEquals("USA", o.get("Actor1CountryCode"));
    assertEquals("11", o.get("EventRootCode"));
    assertEquals("BARACK OBAMA", o.get("Actor1Name"));
  }

  @Test
  void theEventsQueryCountsAndSumsBetweenTwoActors() throws IOException {
    Path out = dir.resolve("events.csv");
    Cli r = Cli.run("query", "queries/events.rq", "--store", store, "--format", "csv", "--param", "name=russia",
        "--param", "other=Ukraine", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("source,target,root,month,events,goldstein,articles", lines.get(0));
    assertEquals(2, lines.size(), r.out()); // one month, one root between the two
    String[] c = lines.get(1).split(",");
    assertEquals(List.of("Russia", "Ukraine", "13", "2015-03", "2"), List.of(c).subList(0, 5));
    assertEquals("3", c[6], "three articles tell the two events");
    Cli all = Cli.run("query", "queries/events.rq", "--store", store, "--format", "csv", "-o", out.toString());
    assertEquals(0, all.code(), all.err());
    String every = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(every.contains("Barack Obama,Russia,11,2015-03,1"), every);
  }

  @Test
  void aTeamsOwnActorAndVerbDictionariesCodeItsActors() throws IOException {
    Path in = Files.createDirectories(dir.resolve("middle-earth"));
    Files.writeString(in.resolve("m.txt"), "---\ntitle: Arnor\ndate: 1995-01-02\nlang: en\n---\nArnor scolded Gondor on Monday.\n",
        StandardCharsets.UTF_8);
    Path actors = Files.writeString(dir.resolve("team.actors"), "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n", StandardCharsets.UTF_8);
    Path verbs = Files.writeString(dir.resolve("team.verbs"), "--- SCOLD  [111]  ---\nSCOLD\n", StandardCharsets.UTF_8);
    String kg = dir.resolve("kg-me").toString();
    Cli r = Cli.run("ingest", in.toString(), "--store", kg, "--actors", actors.toString(), "--verbs", verbs.toString(),
        "--no-progress-bar");
    assertEquals(0, r.code(), r.err());
    Path out = dir.resolve("me.tsv");
    assertEquals(0, Cli.run("export", "--store", kg, "--format", "gdelt", "-o", out.toString()).code());
    String[] row = Files.readAllLines(out, StandardCharsets.UTF_8).get(0).split("\t", -1);
    assertEquals(List.of("ARN", "ARNOR", "GON", "GONDOR", "111"),
        List.of(row[5], row[6], row[15], row[16], row[26]));
  }

  @Test
  void aBadDictionaryIsRefusedInOneLineBeforeAnyStoreIsMade() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.verbs"), "--- SCOLD  [999]  ---\nSCOLD\n", StandardCharsets.UTF_8);
    Path kg = dir.resolve("never-made");
    Cli r = Cli.run("ingest", dir.resolve("in").toString(), "--store", kg.toString(), "--verbs", bad.toString());
    assertTrue(r.code() != 0);
    assertEquals(List.of("error: " + bad + ":1: unknown CAMEO event code '999'"), r.err().lines().toList());
    assertTrue(!Files.exists(kg), "no store is made for a refused dictionary");
  }

  @Test
  void evalScoresTheRootOfEachEvent() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("c.events.tsv"), String.join("\n", "article\tc.txt", "actor\tState\tRussia",
        "actor\tState\tUkraine", "actor\tPerson\tBarack Obama|Obama", "event\tBarack Obama\tRussia\t11\t2015-03",
        "event\tRussia\tUkraine\t13\t-", "event\tUkraine\tRussia\t19\t-", ""), StandardCharsets.UTF_8);
    Path out = dir.resolve("eval.txt");
    Cli r = Cli.run("eval", "--store", store, "--gold", gold.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    String report = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(report.lines().anyMatch(l -> l.matches("event\\s+2\\s+0\\s+1\\s.*")), report);
  }
}
