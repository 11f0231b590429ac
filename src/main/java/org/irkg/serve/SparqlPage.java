package org.irkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.irkg.viz.GraphJson;

/** The page to type SPARQL: the template {@code irkg/serve/sparql.html} with the example queries spliced in. */
final class SparqlPage {
  private SparqlPage() {}

  static String render(List<SparqlServer.Example> examples, Duration timeout, long maxRows, String linkBase,
      java.nio.file.Path queries) {
    String json = examples.stream()
        .map(e -> "{\"name\":" + GraphJson.quote(e.name()) + ",\"comment\":" + GraphJson.quote(e.comment())
            + ",\"text\":" + GraphJson.quote(e.text()) + "}")
        .collect(Collectors.joining(",", "[", "]"));
    String page;
    try (InputStream in = SparqlPage.class.getClassLoader().getResourceAsStream("irkg/serve/sparql.html")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page = page.replace("@LIMITS@", "Read-only. A query may run " + timeout.toSeconds() + " s and return " + maxRows + " rows at most.");
    page = page.replace("/*@MAXROWS@*/0", String.valueOf(maxRows))
        .replace("/*@LINKBASE@*/''", GraphJson.quote(linkBase == null ? "" : linkBase))
        .replace("/*@NOEXAMPLES@*/''", GraphJson.quote(examples.isEmpty()
            ? "No example queries: " + (queries == null ? "no folder was given (serve --queries DIR)"
                : "no .rq file in " + queries.toAbsolutePath().normalize() + " (serve --queries DIR)") : ""));
    int i = page.indexOf("/*@EXAMPLES@*/");
    return page.substring(0, i) + json + page.substring(i + "/*@EXAMPLES@*/".length());
  }
}
