package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code irkg export}: the store as Turtle, TriG, N-Quads or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the store: ttl (the union graph, with the project's prefixes), trig, nq",
        "(named graphs kept: one per article, the gazetteer, the ontology) or jsonld."})
public final class ExportCommand implements Callable<Integer> {
  static final List<String> FORMATS = List.of("ttl", "trig", "nq", "jsonld");

  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE})")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!FORMATS.contains(format)) {
      throw new UserException("unknown format '" + format + "' (use one of " + FORMATS + ")");
    }
    try (Tdb2Store st = store.openExisting(); OutputStream out = output.open()) {
      st.export(out, format);
    }
    return 0;
  }
}
