// Who met whom, where and when: each meeting (the same participants, place and date, however many articles report it) with the number of articles and a sentence. With --param name=X, the 200 meetings X took part in that the most articles state.
// The Cypher twin of meetings.rq: a participant is named in English, or by every label it has when it has no English one.
// --param name=X: the claims where one of the names of a participant, in any case, is X; the 200 that the most articles state.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Meeting'})
WHERE $name IS NULL OR EXISTS { MATCH (c)-[:PARTICIPANT]->(x) WHERE toLower($name) IN [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)] }
WITH c ORDER BY c.articleCount DESC, c.uri LIMIT CASE WHEN $name IS NULL THEN 1000000000 ELSE 200 END
MATCH (c)-[:PARTICIPANT]->(p:Resource)
OPTIONAL MATCH (c)-[:PLACE]->(pl:Resource)
WITH c, pl.label_en AS place,
     CASE WHEN p.label_en IS NOT NULL THEN [p.label_en]
          ELSE [k IN keys(p) WHERE k = 'name' OR k STARTS WITH 'label_' | p[k]] END AS names
UNWIND names AS participant
WITH c, place, participant ORDER BY participant
WITH c, place, collect(DISTINCT participant) AS participants
RETURN c.date AS date, place, reduce(s = head(participants), x IN tail(participants) | s + '; ' + x) AS participants,
       c.articleCount AS articles, c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY date, participants
