package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irkg.app.ResultWriter;
import org.irkg.store.neo4j.CypherTable;
import org.irkg.store.neo4j.Neo4jGraph;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code irkg cypher FILE.cypher | --cypher TEXT}: Cypher over the graph in Neo4j. */
@Command(name = "cypher", mixinStandardHelpOptions = true,
    header = "Answers a Cypher query over the graph in Neo4j.",
    description = {"The graph is the copy 'irkg neo4j push' made; the query runs in a read transaction. "
            + "Values given with --param are Cypher parameters ($NAME), never pasted into the query; a "
            + "parameter nobody gives is null."})
public final class CypherCommand implements Callable<Integer> {
  private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin OutputOption output;
  @Mixin Neo4jOptions neo4j;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "FILE.cypher", description = "file holding the query")
    Path file;

    @Option(names = "--cypher", paramLabel = "TEXT", description = "the query itself")
    String text;
  }

  @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "set parameter $NAME to the string VALUE (e.g. --param name=NATO)")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    String fmt = QueryCommand.checkFormat(format, spec);
    String q = QueryCommand.text(source.file, source.text);
    Map<String, Object> given = parameters(q);
    for (String name : params.keySet()) {
      if (!Pattern.compile("\\$" + Pattern.quote(name) + "\\b").matcher(q).find()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--param " + name + ": the query has no parameter $" + name);
      }
    }
    CypherTable t;
    try (Neo4jGraph g = neo4j.connect()) {
      t = g.query(q, given);
    }
    try (OutputStream out = output.open()) {
      ResultWriter.write(t.columns(), t.rows(), fmt, out);
    }
    return 0;
  }

  /** The given parameters, and null for each other $NAME the query mentions (as SPARQL leaves a variable unbound). */
  Map<String, Object> parameters(String query) {
    Map<String, Object> out = new HashMap<>();
    Matcher m = PARAMETER.matcher(query);
    while (m.find()) {
      out.put(m.group(1), null);
    }
    out.putAll(params);
    return out;
  }
}
