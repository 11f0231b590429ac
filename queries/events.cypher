// Coded events between actors, by CAMEO root and month: how many distinct events (source, target, code and date), the sum of their Goldstein values, and how many articles tell them. With --param name=X, the events X takes part in; with --param other=Y as well, those between X and Y (either way).
// The Cypher twin of events.rq: one claim per event told by however many articles; actors named in English, or by every label they have when they have no English one.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#CodedEvent'})-[:SOURCE_ACTOR]->(s:Resource), (c)-[:TARGET_ACTOR]->(t:Resource)
WITH c, s, t,
     [x IN [s, t] | [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)]] AS names
WHERE ($name IS NULL OR any(ns IN names WHERE toLower($name) IN ns))
  AND ($other IS NULL OR any(ns IN names WHERE toLower($other) IN ns))
WITH s, t, c.cameoRoot AS root, CASE WHEN c.date IS NULL THEN '' ELSE substring(toString(c.date), 0, 7) END AS month,
     count(c) AS events, round(sum(c.goldstein) * 10) / 10.0 AS goldstein, sum(c.articleCount) AS articles
UNWIND CASE WHEN s.label_en IS NOT NULL THEN [s.label_en] ELSE [k IN keys(s) WHERE k = 'name' OR k STARTS WITH 'label_' | s[k]] END AS source
UNWIND CASE WHEN t.label_en IS NOT NULL THEN [t.label_en] ELSE [k IN keys(t) WHERE k = 'name' OR k STARTS WITH 'label_' | t[k]] END AS target
RETURN DISTINCT source, target, root, month, events, goldstein, articles
ORDER BY month, root, source, target
