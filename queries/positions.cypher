// Who holds which office of which state or organisation, in how many articles, with a sentence that says so.
// The Cypher twin of positions.rq: the holder is named in English when it has an English name.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Position'})-[:HOLDER]->(h:Resource)
OPTIONAL MATCH (c)-[:ROLE_OF]->(o:Resource)
UNWIND CASE WHEN h.label_en IS NOT NULL THEN [h.label_en] ELSE [k IN keys(h) WHERE k = 'name' OR k STARTS WITH 'label_' | h[k]] END AS person
UNWIND [k IN keys(c) WHERE k = 'role' OR k STARTS WITH 'role_' | c[k]] AS role
RETURN DISTINCT person, role, o.label_en AS of, c.articleCount AS articles, c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY of, person, role
