package org.irkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irkg actors NAME}: the actors whose names hold NAME, their IRIs, types and how many articles name them. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    header = "Finds actors by name.",
    description = {"Lists the actors one of whose names (in any language, any case) contains NAME: the name, the "
        + "actor's IRI (for queries), its types and the number of articles that mention it, most mentioned first. "
        + "Without NAME, every actor that an article mentions."})
public final class ActorsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "part of a name: Macron, otan, united")
  String name;

  @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
  String format;

  private static final String QUERY = """
      PREFIX ir: <https://w3id.org/irkg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT ?name ?actor ?types ?articles WHERE {
        {
          SELECT ?actor (COUNT(DISTINCT ?art) AS ?articles) WHERE {
            { SELECT DISTINCT ?actor WHERE {
                ?actor a ir:Actor .
                { ?actor rdfs:label ?l } UNION { ?actor skos:altLabel ?l }
                FILTER(!BOUND(?q) || CONTAINS(LCASE(STR(?l)), LCASE(?q)))
            } }
            OPTIONAL { ?art ir:mentions ?actor }
          }
          GROUP BY ?actor
        }
        FILTER(BOUND(?q) || ?articles > 0)
        { SELECT ?actor (GROUP_CONCAT(DISTINCT STRAFTER(STR(?t), "#"); SEPARATOR=", ") AS ?types) WHERE {
            ?actor a ?t . FILTER(STRSTARTS(STR(?t), "https://w3id.org/irkg/ontology#"))
        } GROUP BY ?actor }
        OPTIONAL { ?actor rdfs:label ?en FILTER(LANG(?en) = "en") }
        OPTIONAL { ?actor rdfs:label ?any }
        BIND(STR(COALESCE(?en, ?any)) AS ?name)
      }
      GROUP BY ?name ?actor ?types ?articles
      ORDER BY DESC(?articles) ?name
      """;

  @Override
  public Integer call() {
    String fmt = QueryCommand.checkFormat(format, spec);
    QuerySolutionMap b = new QuerySolutionMap();
    if (name != null && !name.isBlank()) {
      b.add("q", ResourceFactory.createPlainLiteral(name.strip()));
    }
    QueryCommand.printRows(store, output, QUERY, b, fmt);
    return 0;
  }
}
