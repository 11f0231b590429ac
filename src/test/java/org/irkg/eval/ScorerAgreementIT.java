package org.irkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irkg.app.IngestJob;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irkg's scorer and the reference scorer (score.py) give the same counts on the corpus. */
class ScorerAgreementIT {
  static final Path SHARED = Path.of("../shared");

  @TempDir Path dir;

  @Test
  void javaAndPythonScorersAgree() throws Exception {
    assumeTrue(Files.isDirectory(SHARED.resolve("gold")), "../shared/gold is not beside the checkout");
    assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "no python3");
    List<Path> golds;
    try (Stream<Path> s = Files.list(SHARED.resolve("gold"))) {
      golds = s.filter(p -> p.toString().endsWith(".gold.tsv")).sorted().toList();
    }
    Path nq = dir.resolve("kg.nq");
    String javaTable;
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      new IngestJob(Extractor.load(), new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), 64)
          .run(List.of(SHARED.resolve("corpus")), st, Problems.printing(null));
      try (OutputStream o = new FileOutputStream(nq.toFile())) {
        st.export(o, "nq");
      }
      javaTable = st.read(ds -> {
        Scorer scorer = new Scorer(ds.asDatasetGraph());
        Map<String, Scorer.Counts> total = new LinkedHashMap<>();
        for (Path g : golds) {
          try {
            scorer.score(Gold.read(g), null).forEach((k, v) -> total.computeIfAbsent(k, x -> new Scorer.Counts()).add(v));
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Report.table(new PrintStream(b, true, StandardCharsets.UTF_8), null, total, Scorer.KINDS, golds.size());
        return b.toString(StandardCharsets.UTF_8);
      });
    }
    List<String> cmd = new ArrayList<>(List.of("python3", SHARED.resolve("gold/score.py").toString(), nq.toString()));
    golds.forEach(g -> cmd.add(g.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), python);
    assertEquals(counts(python), counts(javaTable), "python:\n" + python + "\njava:\n" + javaTable);
  }

  /** The tp, fp and fn columns of each kind row. */
  private static List<String> counts(String table) {
    List<String> out = new ArrayList<>();
    for (String line : table.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 7 && Scorer.KINDS.contains(f[0])) {
        out.add(f[0] + " " + f[1] + " " + f[2] + " " + f[3]);
      }
    }
    return out;
  }
}
