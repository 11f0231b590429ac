// Who met whom, where and when: each meeting with its participants, place, date and first evidence sentence.
// The Cypher twin of meetings.rq: a participant is named in English, or by every label it has when it has no English one.
MATCH (m:Meeting)-[:PARTICIPANT]->(p:Resource)
OPTIONAL MATCH (m)-[:PLACE]->(pl:Resource)
WITH m, pl.label_en AS place,
     CASE WHEN p.label_en IS NOT NULL THEN [p.label_en]
          ELSE [k IN keys(p) WHERE k = 'name' OR k STARTS WITH 'label_' | p[k]] END AS names
UNWIND names AS participant
UNWIND m.evidence AS ev
WITH m, place, participant, ev ORDER BY participant
WITH m, place, collect(DISTINCT participant) AS participants, min(ev) AS evidence
RETURN m.uri AS meeting, m.date AS date, place,
       reduce(s = head(participants), x IN tail(participants) | s + '; ' + x) AS participants, evidence
ORDER BY date
