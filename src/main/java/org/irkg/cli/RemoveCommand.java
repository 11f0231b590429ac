package org.irkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irkg remove ARTICLE...}: deletes articles' graphs (their facts and the actors only they described). */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = {"Removes articles from the store, named by file name (as ingested), source, or article IRI:",
        "their facts go, and so do the actors that only they described; the gazetteer stays."})
public final class RemoveCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "file names, sources or IRIs of articles")
  List<String> articles;

  private static final String FIND = """
      PREFIX ir: <https://w3id.org/irkg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT DISTINCT ?a { ?a a ir:Article ; dcterms:source ?src .
        FILTER(STR(?a) = ?name || ?src = ?name || STRENDS(?src, CONCAT("/", ?name))) }
      """;

  @Override
  public Integer call() {
    int missing = 0;
    try (Tdb2Store st = store.openExisting()) {
      List<String> graphs = new ArrayList<>();
      for (String name : articles) {
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("name", ResourceFactory.createPlainLiteral(name));
        ResultSetRewindable rs = st.select(FIND, b);
        if (!rs.hasNext()) {
          spec.commandLine().getErr().println("error: " + name + ": no such article in " + store.store);
          missing++;
        }
        while (rs.hasNext()) {
          QuerySolution q = rs.next();
          graphs.add(q.getResource("a").getURI());
        }
      }
      int removed = st.removeGraphs(graphs);
      spec.commandLine().getOut().printf("removed %d articles from %s%n", removed, store.store);
    }
    return missing > 0 ? 1 : 0;
  }
}
