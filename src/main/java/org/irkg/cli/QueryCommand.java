package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.irkg.app.ResultWriter;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code irkg query FILE.rq | --sparql TEXT}: SPARQL over the union of all graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Answers a SPARQL SELECT query over the store (the union of all article graphs,",
        "the gazetteer and the ontology).", "Values given with --param are bound as literals, never pasted into the query text."})
public final class QueryCommand implements Callable<Integer> {
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

  @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "bind variable ?NAME to the string VALUE (e.g. --param name=NATO)")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    checkFormat(format);
    String where = source.file != null ? source.file.toString() : "--sparql";
    String q = text(source.file, source.text);
    QuerySolutionMap bindings = new QuerySolutionMap();
    params.forEach((k, v) -> bindings.add(k, ResourceFactory.createPlainLiteral(v)));
    ResultSetRewindable rs;
    try (Tdb2Store st = store.openExisting()) {
      rs = st.select(q, bindings);
    } catch (QueryParseException e) {
      throw new UserException(where + ": " + e.getMessage().replace('\n', ' '));
    }
    try (OutputStream out = output.open()) {
      ResultWriter.write(rs, format, out);
    }
    return 0;
  }

  /** A result format the writers know, else a user error (shared with {@code cypher}). */
  static void checkFormat(String format) {
    if (!ResultWriter.FORMATS.contains(format)) {
      throw new UserException("unknown format '" + format + "' (use one of " + ResultWriter.FORMATS + ")");
    }
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
