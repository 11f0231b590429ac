package org.irkg.serve;

import java.nio.file.Path;
import java.time.Duration;

/** Renders the SPARQL page for tests outside the package. */
public final class SparqlPageAccess {
  private SparqlPageAccess() {}

  public static String render(Path queries) {
    return SparqlPage.render(SparqlServer.examples(queries), Duration.ofSeconds(10), 100, "", queries);
  }
}
