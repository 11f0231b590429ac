// Treaties and agreements the articles name, with their date and parties.
// The Cypher twin of treaties.rq: parties are named in English.
MATCH (t:Treaty)
UNWIND [k IN keys(t) WHERE k = 'name' OR k STARTS WITH 'label_' | t[k]] AS treaty
UNWIND t.evidence AS ev
OPTIONAL MATCH (t)-[:PARTY]->(p:Resource)
WITH t, treaty, ev, p.label_en AS party ORDER BY party
WITH t, treaty, t.date AS date, collect(DISTINCT party) AS parties, min(ev) AS evidence
RETURN treaty, date,
       CASE size(parties) WHEN 0 THEN '' ELSE reduce(s = head(parties), x IN tail(parties) | s + '; ' + x) END AS parties,
       evidence
ORDER BY date, treaty
