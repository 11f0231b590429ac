// Who holds which office of which state or organisation, in how many articles, with a sentence that says so.
// The Cypher twin of positions.rq: one row per name of the holder (in every language), role and office.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Position'})-[:HOLDER]->(h:Resource)
OPTIONAL MATCH (c)-[:ROLE_OF]->(o:Resource)
UNWIND [k IN keys(h) WHERE k = 'name' OR k STARTS WITH 'label_' | h[k]] AS person
UNWIND [k IN keys(c) WHERE k = 'role' OR k STARTS WITH 'role_' | c[k]] AS role
RETURN person, role, o.label_en AS of, c.articleCount AS articles, c.sampleEvidence AS evidence
ORDER BY of, person, role
