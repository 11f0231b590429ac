package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.irkg.app.ResultWriter;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code irkg query FILE.rq | --sparql TEXT}: SPARQL over the union of all graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
    header = "Answers a SPARQL query over the store.",
    description = {"The query sees the union of all article graphs, the gazetteer and the ontology. SELECT "
            + "gives rows, ASK true or false, CONSTRUCT and DESCRIBE a graph.",
        "Values given with --param are bound as literals, never pasted into the query text."})
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "FILE.rq", description = "file holding the query")
    Path file;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "the query itself")
    String text;
  }

  @Option(names = "--format", defaultValue = "table",
      description = "rows: table, csv, tsv or json; graphs: turtle, ntriples or jsonld (default: ${DEFAULT-VALUE},"
          + " which is turtle for a graph)")
  String format;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "bind variable ?NAME to the string VALUE (e.g. --param name=NATO)")
  Map<String, String> params = new LinkedHashMap<>();

  /** Formats of a graph answer (CONSTRUCT, DESCRIBE), with Jena's writer for each. */
  static final Map<String, RDFFormat> GRAPH_FORMATS = Map.of("turtle", RDFFormat.TURTLE_PRETTY,
      "ntriples", RDFFormat.NTRIPLES, "jsonld", RDFFormat.JSONLD11_PRETTY);

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!ResultWriter.FORMATS.contains(fmt) && !GRAPH_FORMATS.containsKey(fmt)) {
      throw usage("unknown format '" + format + "' (use one of " + ResultWriter.FORMATS + " for rows, "
          + new java.util.TreeSet<>(GRAPH_FORMATS.keySet()) + " for graphs)");
    }
    String where = source.file != null ? source.file.toString() : "--sparql";
    String q = text(source.file, source.text);
    Query parsed;
    try {
      parsed = QueryFactory.create(q);
    } catch (QueryParseException e) {
      throw new UserException(where + ": " + SparqlErrors.oneLine(e));
    }
    for (String name : params.keySet()) {
      if (!Pattern.compile("[?$]" + Pattern.quote(name) + "(?![\\w\\u00B7-])").matcher(q).find()) {
        throw usage("--param " + name + ": the query has no variable ?" + name);
      }
    }
    boolean graph = parsed.isConstructType() || parsed.isDescribeType();
    if (graph && ResultWriter.FORMATS.contains(fmt) && !fmt.equals("table")) {
      throw usage("a " + (parsed.isDescribeType() ? "DESCRIBE" : "CONSTRUCT") + " query gives a graph: use --format "
          + String.join(", ", new java.util.TreeSet<>(GRAPH_FORMATS.keySet())));
    }
    if (!graph && GRAPH_FORMATS.containsKey(fmt)) {
      throw usage("--format " + fmt + " is for CONSTRUCT and DESCRIBE; rows print as " + ResultWriter.FORMATS);
    }
    QuerySolutionMap bindings = new QuerySolutionMap();
    params.forEach((k, v) -> bindings.add(k, ResourceFactory.createPlainLiteral(v)));
    try (Tdb2Store st = store.openExisting(); OutputStream out = output.open()) {
      if (parsed.isAskType()) {
        boolean yes = st.ask(q, bindings);
        if (fmt.equals("json")) {
          ResultSetFormatter.outputAsJSON(out, yes);
        } else {
          out.write((yes + "\n").getBytes(StandardCharsets.UTF_8));
        }
      } else if (graph) {
        RDFDataMgr.write(out, st.graph(q, bindings), GRAPH_FORMATS.getOrDefault(fmt, RDFFormat.TURTLE_PRETTY));
      } else {
        ResultSetRewindable rs = st.select(q, bindings);
        ResultWriter.write(rs, fmt, out);
      }
    }
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** A fixed SELECT with its bindings over the store, printed in a row format (shared by {@code articles} and {@code actors}). */
  static void printRows(StoreOption store, OutputOption output, String query, QuerySolutionMap bindings, String format) {
    try (Tdb2Store st = store.openExisting(); OutputStream out = output.open()) {
      ResultWriter.write(st.select(query, bindings), format, out);
    } catch (IOException e) {
      throw new UserException("cannot write: " + e.getMessage());
    }
  }

  /** A result format the writers know, case aside, else a usage error (shared with {@code cypher}). */
  static String checkFormat(String format, CommandSpec spec) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!ResultWriter.FORMATS.contains(f)) {
      throw new ParameterException(spec.commandLine(), "unknown format '" + format + "' (use one of " + ResultWriter.FORMATS + ")");
    }
    return f;
  }

  /** The query: the file's content if a file is given, else the inline text (shared with {@code cypher}). */
  static String text(Path file, String inline) throws IOException {
    if (file == null) {
      return inline;
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException("no query file " + file);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
