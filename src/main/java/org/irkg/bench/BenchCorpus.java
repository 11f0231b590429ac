package org.irkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.irkg.doc.Article;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Problems;

/**
 * A benchmark corpus of N articles made from the seed articles with fresh ids, so that nothing is
 * deduplicated: written as JSON Lines, streamed one line at a time.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  static Path write(Path seeds, int n, Path out) throws IOException {
    List<Article> base = new ArrayList<>();
    ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
    for (Path f : reader.files(List.of(seeds), Problems.printing(null))) {
      reader.read(f, base::add, Problems.printing(null));
    }
    if (base.isEmpty()) {
      throw new IOException("no articles under " + seeds);
    }
    Files.createDirectories(out.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        Article a = base.get(i % base.size());
        JsonObject o = new JsonObject();
        o.put("id", "bench-" + i);
        put(o, "title", a.title());
        put(o, "date", a.date() == null ? null : a.date().toString());
        put(o, "lang", a.lang());
        o.put("text", a.text());
        w.write(JSON.toStringFlat(o));
        w.write('\n');
      }
    }
    return out;
  }

  private static void put(JsonObject o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
