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
    header = "Removes articles from the store.",
    description = {"Articles are named by id, file name (as ingested), source, URL or article IRI. Their facts "
            + "go, and so do the actors that only they described; the gazetteer stays."})
public final class RemoveCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "ids, file names, sources or IRIs of articles")
  List<String> articles;

  // an IRI or a whole source is found through the indexes; a bare file name needs a scan of the sources
  private static final String BY_SOURCE = """
      PREFIX ir: <https://w3id.org/irkg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT DISTINCT ?a { { ?a dcterms:source ?name } UNION { ?a <https://schema.org/url> ?name } ?a a ir:Article }
      """;
  private static final String BY_FILE_NAME = """
      PREFIX ir: <https://w3id.org/irkg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT DISTINCT ?a { ?a a ir:Article ; dcterms:source ?src . FILTER(STRENDS(?src, CONCAT("/", ?name))) }
      """;

  @Override
  public Integer call() {
    int missing = 0;
    try (Tdb2Store st = store.openExisting()) {
      List<String> graphs = new ArrayList<>();
      for (String name : articles) {
        if (name.contains("://") && st.hasGraph(name)) {
          graphs.add(name);
          continue;
        }
        if (st.hasGraph(org.irkg.doc.Ids.article(name))) {
          graphs.add(org.irkg.doc.Ids.article(name)); // an article's id (front matter id:, JSON "id")
          continue;
        }
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("name", ResourceFactory.createPlainLiteral(name));
        ResultSetRewindable rs = st.select(BY_SOURCE, b);
        if (!rs.hasNext()) {
          rs = st.select(BY_FILE_NAME, b);
        }
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
      spec.commandLine().getOut().printf("removed %s from %s%n", Plural.of(removed, "article"), store.store);
    }
    return missing > 0 ? 1 : 0;
  }
}
