// Everything known about one actor: give the name with --param name=NATO (default: NATO); one row per fact, however many articles state it, with their number, a sentence and the first source; the 200 facts the most articles state.
// The Cypher twin of actor-profile.rq: the actor is found by any of its labels or alternative labels, in any case.
MATCH (actor:Actor)
WITH actor, reduce(acc = [], k IN [k IN keys(actor) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + actor[k]) AS names
WHERE any(n IN names WHERE toLower(n) = toLower(coalesce($name, 'NATO')))
MATCH (c:Claim)-[role]->(actor)
WITH actor, c, role ORDER BY c.articleCount DESC, c.uri LIMIT 200
OPTIONAL MATCH (c)-->(other:Actor) WHERE other <> actor
WITH c, split(c.claimKind, '#')[1] AS kind, other,
     reduce(n = '', w IN split(toLower(type(role)), '_') | n + CASE n WHEN '' THEN w ELSE toUpper(left(w, 1)) + substring(w, 1) END) AS asRole
UNWIND CASE WHEN other IS NULL THEN [null]
            WHEN other.label_en IS NOT NULL THEN [other.label_en]
            ELSE [k IN keys(other) WHERE k = 'name' OR k STARTS WITH 'label_' | other[k]] END AS otherName
WITH c, kind, asRole, otherName ORDER BY otherName
WITH c, kind, asRole, collect(DISTINCT otherName) AS others
RETURN kind, split(c.predicate, '#')[1] AS relation, c.polarity AS polarity, asRole AS `as`, CASE size(others) WHEN 0 THEN '' ELSE reduce(s = head(others), x IN tail(others) | s + '; ' + x) END AS `with`,
       c.articleCount AS articles, c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY kind, `as`, articles DESC, evidence
