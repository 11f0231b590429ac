package org.irkg.store.neo4j;

import java.util.List;

/**
 * The answer to a Cypher query, copied out of its transaction as plain Java values: String, Long,
 * Double, Boolean, java.time values, lists and maps; a node is its {@code uri} (a {@link
 * java.net.URI}) or, without one, the map of its properties; a relationship is its type.
 */
public record CypherTable(List<String> columns, List<List<Object>> rows) {}
