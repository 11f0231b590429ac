// The actor-to-actor network: who cooperates with, criticizes, threatens, supports or opposes whom, in how many articles, with a sentence and the highest confidence. With --param name=X, only the relations of X (either side).
// The Cypher twin of actor-network.rq: a claim's predicate is the ontology property's IRI (its name after '#').
// --param name=X keeps the relations where one of the names of either side, in any case, is X.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Relation'})-[:SUBJECT]->(s:Resource), (c)-[:OBJECT]->(o:Resource)
WHERE ($name IS NULL OR EXISTS { MATCH (c)-[:SUBJECT|OBJECT]->(x) WHERE toLower($name) IN [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)] })
UNWIND CASE WHEN s.label_en IS NOT NULL THEN [s.label_en] ELSE [k IN keys(s) WHERE k = 'name' OR k STARTS WITH 'label_' | s[k]] END AS subject
UNWIND CASE WHEN o.label_en IS NOT NULL THEN [o.label_en] ELSE [k IN keys(o) WHERE k = 'name' OR k STARTS WITH 'label_' | o[k]] END AS object
RETURN DISTINCT subject, split(c.predicate, '#')[1] AS relation, object, c.articleCount AS articles,
       c.sampleEvidence AS evidence, c.topConfidence AS confidence
ORDER BY relation, subject, object
