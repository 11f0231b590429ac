// Who holds which office of which state or organisation, with the sentence that says so.
// The Cypher twin of positions.rq: one row per label of the holder (in every language), role and office.
MATCH (pos:Position)-[:HOLDER]->(h:Resource)
OPTIONAL MATCH (pos)-[:ROLE_OF]->(o:Resource)
UNWIND [k IN keys(h) WHERE k = 'name' OR k STARTS WITH 'label_' | h[k]] AS person
UNWIND [k IN keys(pos) WHERE k = 'role' OR k STARTS WITH 'role_' | pos[k]] AS role
UNWIND pos.evidence AS ev
WITH person, role, o.label_en AS of, ev
RETURN person, role, of, min(ev) AS evidence
ORDER BY of, person
