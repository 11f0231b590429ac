package org.irkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query handler with a cap on the size of a result: a SELECT, CONSTRUCT or
 * DESCRIBE without a LIMIT, or with a larger one, gets {@code LIMIT maxRows}. With the query
 * timeout, this keeps one careless query from filling the server's memory or the client's screen.
 */
final class CappedQuery extends SPARQL_QueryDataset {
  private final long maxRows;

  CappedQuery(long maxRows) {
    this.maxRows = maxRows;
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    // ASK answers one boolean; CONSTRUCT and DESCRIBE are capped by solutions, not triples
    if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
      query.setLimit(maxRows);
    }
  }
}
