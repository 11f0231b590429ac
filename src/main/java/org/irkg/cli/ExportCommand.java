package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.irkg.store.Tdb2Store;
import org.irkg.viz.ActorGraphReader;
import org.irkg.viz.DotWriter;
import org.irkg.viz.GraphMlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code irkg export}: the store as Turtle, TriG, N-Quads or JSON-LD; its facts as CSV; its events as GDELT's table; the actor graph as GraphML or DOT. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Writes the store or its actor graph to a file.",
    description = {"ttl is the union graph with the project's prefixes; trig, nq and jsonld keep the named "
            + "graphs (one per article, the gazetteer, the ontology); csv is one row per fact, for a "
            + "spreadsheet; gdelt is the coded events as GDELT 2.0's event table (61 tab-separated "
            + "columns, one row per event and day, its articles counted; see EVENTS.md); graphml (Gephi) and dot (Graphviz) are the actor graph: the actors "
            + "mentioned, and who is linked to whom."})
public final class ExportCommand implements Callable<Integer> {
  static final List<String> FORMATS = List.of("ttl", "trig", "nq", "jsonld", "csv", "gdelt", "graphml", "dot");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig, nq, jsonld, csv (one row per fact), gdelt (GDELT 2.0 event table), graphml or dot (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--header", description = "gdelt: a first line naming the columns (GDELT's own files have none)")
  boolean header;

  @Override
  public Integer call() throws IOException {
    String format = this.format.toLowerCase(java.util.Locale.ROOT);
    if (!FORMATS.contains(format)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown format '" + this.format + "' (use one of " + FORMATS + ")");
    }
    try (Tdb2Store st = store.openExisting(); OutputStream out = output.open()) {
      switch (format) {
        case "csv" -> org.irkg.app.FactTable.write(st, out);
        case "gdelt" -> org.irkg.app.GdeltTable.write(st, out, header);
        case "graphml" -> GraphMlWriter.write(ActorGraphReader.read(st), out);
        case "dot" -> DotWriter.write(ActorGraphReader.read(st), new OutputStreamWriter(out, StandardCharsets.UTF_8));
        default -> st.export(out, format);
      }
    }
    return 0;
  }
}
