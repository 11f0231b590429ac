// Everything known about one actor, with its sources: give the name with --param name=NATO (default: NATO); one row per fact.
// The Cypher twin of actor-profile.rq: the actor is found by any of its labels or alternative labels, in any case.
MATCH (actor:Actor)
WITH actor, reduce(acc = [], k IN [k IN keys(actor) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + actor[k]) AS names
WHERE any(n IN names WHERE toLower(n) = toLower(coalesce($name, 'NATO')))
MATCH (fact)-[role]->(actor)
MATCH (fact)-[:SOURCE]->(art:Article)
WHERE art.source IS NOT NULL
UNWIND [l IN labels(fact) WHERE l IN ['Membership', 'Position', 'Meeting', 'Treaty', 'Relation']] AS kind
UNWIND fact.evidence AS ev
OPTIONAL MATCH (fact)-->(other:Actor) WHERE other <> actor
WITH fact, kind, ev, art.source AS article, other,
     reduce(n = '', w IN split(toLower(type(role)), '_') | n + CASE n WHEN '' THEN w ELSE toUpper(left(w, 1)) + substring(w, 1) END) AS asRole
UNWIND CASE WHEN other IS NULL THEN [null]
            WHEN other.label_en IS NOT NULL THEN [other.label_en]
            ELSE [k IN keys(other) WHERE k = 'name' OR k STARTS WITH 'label_' | other[k]] END AS otherName
WITH fact, kind, asRole, article, ev, otherName ORDER BY otherName
WITH fact, kind, asRole, article, collect(DISTINCT otherName) AS others, min(ev) AS evidence
RETURN kind, asRole AS `as`, CASE size(others) WHEN 0 THEN '' ELSE reduce(s = head(others), x IN tail(others) | s + '; ' + x) END AS `with`,
       article, evidence
ORDER BY kind, article
