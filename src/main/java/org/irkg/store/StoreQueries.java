package org.irkg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.irkg.rdf.Vocab;

/**
 * SPARQL over a store's union graph, each query in a read transaction of its own, with the
 * caller's values bound as constants (Jena's substitution: never pasted into the text). What a
 * query returns is copied out before the transaction ends.
 */
final class StoreQueries {
  private StoreQueries() {}

  private static QueryExecution execution(Dataset dataset, Query q, QuerySolutionMap bindings) {
    return QueryExecution.dataset(dataset).query(q).substitution(bindings == null ? new QuerySolutionMap() : bindings).build();
  }

  static ResultSetRewindable select(Dataset dataset, String sparql, QuerySolutionMap bindings) {
    Query q = QueryFactory.create(sparql);
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = execution(dataset, q, bindings)) {
        return ResultSetFactory.copyResults(qe.execSelect());
      }
    });
  }

  static long countRows(Dataset dataset, String sparql, QuerySolutionMap bindings) {
    Query q = QueryFactory.create(sparql);
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = execution(dataset, q, bindings)) {
        ResultSet rs = qe.execSelect();
        long n = 0;
        while (rs.hasNext()) {
          rs.next();
          n++;
        }
        return n;
      }
    });
  }

  static boolean ask(Dataset dataset, String sparql, QuerySolutionMap bindings) {
    Query q = QueryFactory.create(sparql);
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = execution(dataset, q, bindings)) {
        return qe.execAsk();
      }
    });
  }

  static Model graph(Dataset dataset, String sparql, QuerySolutionMap bindings) {
    Query q = QueryFactory.create(sparql);
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = execution(dataset, q, bindings)) {
        Model m = q.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
        Model copy = ModelFactory.createDefaultModel();
        copy.add(m);
        copy.setNsPrefixes(Vocab.prefixes());
        return copy;
      }
    });
  }
}
