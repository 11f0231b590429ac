// The actor-to-actor network: who cooperates with, criticizes, threatens, supports or opposes whom, with the evidence.
// The Cypher twin of actor-network.rq. Each relation is a relationship (CRITICIZES, COOPERATES_WITH ...)
// carrying its evidence, confidence and source; the relation's name is the ontology's (criticizes).
MATCH (s:Resource)-[r]->(o:Resource)
WHERE r.evidence IS NOT NULL
WITH s, r, o,
     reduce(n = '', w IN split(toLower(type(r)), '_') | n + CASE n WHEN '' THEN w ELSE toUpper(left(w, 1)) + substring(w, 1) END) AS relation
UNWIND r.evidence AS evidence
UNWIND CASE WHEN s.label_en IS NOT NULL THEN [s.label_en] ELSE [k IN keys(s) WHERE k = 'name' OR k STARTS WITH 'label_' | s[k]] END AS subject
UNWIND CASE WHEN o.label_en IS NOT NULL THEN [o.label_en] ELSE [k IN keys(o) WHERE k = 'name' OR k STARTS WITH 'label_' | o[k]] END AS object
RETURN DISTINCT subject, relation, object, evidence, r.confidence AS confidence
ORDER BY relation, subject, object
