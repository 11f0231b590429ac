package org.irkg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code irkg articles}: the articles in the store, with their metadata and how many facts each gave. */
@Command(name = "articles", mixinStandardHelpOptions = true,
    header = "Lists the articles in the store.",
    description = {"One row per article: its id (the IRI's last part), title, date, language, source (its URL, else "
        + "the file it was read from) and the number of facts it gave, oldest first."})
public final class ArticlesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "only articles published on or after this day")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "only articles published on or before this day")
  String to;

  @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
  String format;

  private static final String QUERY = """
      PREFIX ir: <https://w3id.org/irkg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?id ?title ?date ?language ?source (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
        GRAPH ?a { ?a a ir:Article ; dcterms:source ?src ; dcterms:language ?language .
          OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a <https://schema.org/url> ?url }
          OPTIONAL { ?fact ir:source ?a } }
        FILTER(!BOUND(?from) || BOUND(?date) && ?date >= ?from)
        FILTER(!BOUND(?to) || BOUND(?date) && ?date <= ?to)
        BIND(STRAFTER(STR(?a), "/id/article/") AS ?id)
        BIND(STR(?t) AS ?title)
        BIND(COALESCE(?url, ?src) AS ?source)
      }
      GROUP BY ?a ?id ?title ?date ?language ?source
      ORDER BY ?date ?id
      """;

  @Override
  public Integer call() {
    String fmt = QueryCommand.checkFormat(format, spec);
    QuerySolutionMap b = new QuerySolutionMap();
    day(b, "from", "--from", from);
    day(b, "to", "--to", to);
    QueryCommand.printRows(store, output, QUERY, b, fmt);
    return 0;
  }

  private void day(QuerySolutionMap b, String var, String option, String value) {
    if (value == null) {
      return;
    }
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + " '" + value + "' is not a day (YYYY-MM-DD)");
    }
    b.add(var, ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDdate));
  }
}
