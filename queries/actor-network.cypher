// The actor-to-actor network: who cooperates with, criticizes, threatens, supports or opposes whom, in how many articles, with a sentence and the highest confidence. With --param name=X, the 200 relations of X, either side that the most articles state.
// The Cypher twin of actor-network.rq: a claim's predicate is the ontology property's IRI (its name after '#').
// --param name=X: the claims where one of the names of either side, in any case, is X; the 200 that the most articles state.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Relation'})
WHERE $name IS NULL OR EXISTS { MATCH (c)-[:SUBJECT|OBJECT]->(x) WHERE toLower($name) IN [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)] }
WITH c ORDER BY c.articleCount DESC, c.uri LIMIT CASE WHEN $name IS NULL THEN 1000000000 ELSE 200 END
MATCH (c)-[:SUBJECT]->(s:Resource), (c)-[:OBJECT]->(o:Resource)
UNWIND CASE WHEN s.label_en IS NOT NULL THEN [s.label_en] ELSE [k IN keys(s) WHERE k = 'name' OR k STARTS WITH 'label_' | s[k]] END AS subject
UNWIND CASE WHEN o.label_en IS NOT NULL THEN [o.label_en] ELSE [k IN keys(o) WHERE k = 'name' OR k STARTS WITH 'label_' | o[k]] END AS object
RETURN DISTINCT subject, split(c.predicate, '#')[1] AS relation, object, c.articleCount AS articles,
       c.sampleEvidence AS evidence, c.topConfidence AS confidence
ORDER BY relation, subject, object
