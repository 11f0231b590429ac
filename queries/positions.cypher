// Who holds which office of which state or organisation, in how many articles, with a sentence that says so. With --param name=X, the 200 offices X holds or that are of X that the most articles state.
// The Cypher twin of positions.rq: the holder is named in English when it has an English name.
// --param name=X: the claims where one of the names of the holder or of the state or organisation, in any case, is X; the 200 that the most articles state.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Position'})
WHERE $name IS NULL OR EXISTS { MATCH (c)-[:HOLDER|ROLE_OF]->(x) WHERE toLower($name) IN [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)] }
WITH c ORDER BY c.articleCount DESC, c.uri LIMIT CASE WHEN $name IS NULL THEN 1000000000 ELSE 200 END
MATCH (c)-[:HOLDER]->(h:Resource)
OPTIONAL MATCH (c)-[:ROLE_OF]->(o:Resource)
UNWIND CASE WHEN h.label_en IS NOT NULL THEN [h.label_en] ELSE [k IN keys(h) WHERE k = 'name' OR k STARTS WITH 'label_' | h[k]] END AS person
UNWIND [k IN keys(c) WHERE k = 'role' OR k STARTS WITH 'role_' | c[k]] AS role
RETURN DISTINCT person, role, o.label_en AS of, c.articleCount AS articles, c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY of, person, role
