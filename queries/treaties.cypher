// Treaties and agreements the articles name, with their date and parties, in how many articles, with a sentence. With --param name=X, the 200 treaties X is a party to that the most articles state.
// The Cypher twin of treaties.rq: parties are named in English.
// --param name=X: the claims where one of the names of a party, in any case, is X; the 200 that the most articles state.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Treaty'})
WHERE $name IS NULL OR EXISTS { MATCH (c)-[:PARTY]->(x) WHERE toLower($name) IN [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)] }
WITH c ORDER BY c.articleCount DESC, c.uri LIMIT CASE WHEN $name IS NULL THEN 1000000000 ELSE 200 END
UNWIND [k IN keys(c) WHERE k = 'name' OR k STARTS WITH 'label_' | c[k]] AS treaty
OPTIONAL MATCH (c)-[:PARTY]->(p:Resource)
WITH c, treaty, p.label_en AS party ORDER BY party
WITH c, treaty, collect(DISTINCT party) AS parties
RETURN treaty, c.date AS date,
       CASE size(parties) WHEN 0 THEN '' ELSE reduce(s = head(parties), x IN tail(parties) | s + '; ' + x) END AS parties,
       c.articleCount AS articles, c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY date, treaty
