package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.irkg.doc.Ids;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of broken files through {@code irkg ingest DIR}: each bad file (each bad line of a JSON
 * Lines file) is one error line naming it, with no stack trace; the good files are stored; the
 * exit code is 1. The 50 MB single line is refused by the default size limit, and read (its first
 * million characters analysed) when the limit is raised.
 */
class BrokenFilesIT {
  private static final int HUGE = 50 * 1024 * 1024;
  @TempDir static Path dir;
  static Path in;

  @BeforeAll
  static void corpus() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("seeds/articles/seed-fr.txt"), in.resolve("good-fr.txt"));
    Files.copy(Path.of("seeds/articles/en-001.txt"), in.resolve("good-en.txt"));
    Files.writeString(in.resolve("good.html"), "<html lang=\"en\"><head><title>Summit</title></head>"
        + "<body><p>Japan criticized China.</p><div><p>Unclosed <b>tags");
    Files.writeString(in.resolve("bare.html"), "<html><body><p>Japan criticized China.</p></body></html>");
    Files.writeString(in.resolve("no-text.html"), "<html><head><script>alert(1)</script></head><body></body></html>");
    byte[] cut = "---\nlang: fr\n---\nLa France a signé un accord à Paris. Caf".getBytes(StandardCharsets.UTF_8);
    byte[] truncated = java.util.Arrays.copyOf(cut, cut.length + 1);
    truncated[cut.length] = (byte) 0xC3; // "é" cut after its first byte, as a truncated write leaves it
    Files.write(in.resolve("truncated.txt"), truncated);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(in.resolve("binary.txt"), binary);
    Files.write(in.resolve("zero-bytes.txt"), new byte[0]);
    Files.write(in.resolve("nul-bytes.txt"), new byte[1024]);
    Files.writeString(in.resolve("open-front-matter.txt"), "---\ntitle: never closed\nlang: en\nJapan criticized China.\n");
    Files.write(in.resolve("broken.jsonl"), jsonLines());
    hugeLine(in.resolve("huge.txt"));
  }

  /** Two good lines among broken ones; the last line is cut inside a multibyte character. */
  private static byte[] jsonLines() {
    String lines = String.join("\n",
        "{\"id\":\"jl-good-1\",\"lang\":\"en\",\"text\":\"Japan criticized China.\"}",
        "{\"id\":\"jl-cut\",\"text\":\"Japan crit",
        "not json at all",
        "{\"id\":\"jl-good-2\",\"lang\":\"fr\",\"text\":\"La France soutient l'Allemagne.\"}",
        "{\"id\":\"jl-deep\",\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
        "{\"id\":\"jl-no-text\"}",
        "[\"an\", \"array\"]",
        "{\"id\":\"jl-last\",\"text\":\"caf");
    byte[] b = lines.getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
    out[b.length] = (byte) 0xC3;
    return out;
  }

  /** 50 MB on one line: the seed articles' sentences again and again, without a newline. */
  private static void hugeLine(Path f) throws IOException {
    StringBuilder unit = new StringBuilder();
    for (String name : List.of("en-001.txt", "en-002.txt", "en-003.txt")) {
      String t = Files.readString(Path.of("seeds/articles", name));
      unit.append(t.substring(t.indexOf("\n---\n") + 5).replace('\n', ' ')).append(' ');
    }
    byte[] chunk = unit.toString().getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long written = 0; written < HUGE; written += chunk.length) {
        out.write(chunk);
      }
    }
  }

  private static Set<String> articles(Path store) {
    try (Tdb2Store st = Tdb2Store.open(store)) {
      Set<String> out = new TreeSet<>(st.graphNames());
      out.remove(Ids.GAZETTEER_GRAPH);
      out.remove(Ids.ONTOLOGY_GRAPH);
      return out;
    }
  }

  @Test
  void eachBrokenFileIsOneClearErrorAndTheGoodFilesAreStored() {
    Path store = dir.resolve("kg");
    Cli r = Cli.run("ingest", in.toString(), "--store", store.toString(), "--batch", "2");
    assertEquals(1, r.code(), r.err());
    assertNoStackTrace(r);
    // in the order the files are read (sorted paths), each a prefix of its one line
    List<String> expected = List.of(
        "binary.txt: binary file (NUL bytes), not text",
        "broken.jsonl:2: malformed JSON line: ",
        "broken.jsonl:3: malformed JSON line: ",
        "broken.jsonl:5: malformed JSON line: nested deeper than 64 levels",
        "broken.jsonl:6: no \"text\" field",
        "broken.jsonl:7: malformed JSON line: not a JSON object",
        "broken.jsonl:8: invalid UTF-8",
        "huge.txt: file is ",
        "no-text.html: no text in the page",
        "nul-bytes.txt: binary file (NUL bytes), not text",
        "open-front-matter.txt: front matter opened with '---' is never closed",
        "truncated.txt: invalid UTF-8",
        "zero-bytes.txt: empty file");
    List<String> errors = lines(r);
    assertEquals(expected.size(), errors.size(), r.err());
    for (int i = 0; i < expected.size(); i++) {
      String want = "error: " + in.resolve(expected.get(i));
      assertTrue(errors.get(i).startsWith(want), "expected " + want + "...\n     got " + errors.get(i));
    }
    assertTrue(errors.get(7).endsWith("bytes, over the limit of 20971520 (raise it with --max-bytes)"), errors.get(7));
    assertEquals(Set.of(Ids.article("bare.html"), Ids.article("good.html"), Ids.article("good-en"), Ids.article("good-fr"),
        Ids.article("jl-good-1"), Ids.article("jl-good-2")), articles(store));
    assertTrue(r.out().startsWith("ingested 6 articles"), r.out());
  }

  @Test
  void theFiftyMegabyteLineIsReadWithARaisedLimitAndItsFirstMillionCharactersAnalysed() {
    Path store = dir.resolve("kg-huge");
    long t = System.nanoTime();
    Cli r = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> Cli.run("ingest", in.resolve("huge.txt").toString(),
        "--store", store.toString(), "--max-bytes", String.valueOf(2L * HUGE)));
    double secs = (System.nanoTime() - t) / 1e9;
    assertEquals(0, r.code(), r.err());
    assertNoStackTrace(r);
    List<String> lines = lines(r);
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("warning: " + in.resolve("huge.txt") + ": text has ")
        && lines.get(0).endsWith("characters; only the first 1000000 are analysed"), lines.get(0));
    assertEquals(Set.of(Ids.article("huge")), articles(store));
    System.out.printf("50 MB single line: read, first 1,000,000 characters analysed and stored in %.1f s%n", secs);
  }

  /** The error and warning lines, without the progress lines a long run prints. */
  private static List<String> lines(Cli r) {
    return r.err().lines().filter(l -> !l.startsWith("ingested ")).toList();
  }

  private static void assertNoStackTrace(Cli r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Error"), r.err());
  }
}
