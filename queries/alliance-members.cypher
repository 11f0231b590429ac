// Members of each alliance and organisation, as the articles state them: who is (or is explicitly not) a member, in how many articles, with a sentence that says so. With --param name=X, the 200 memberships of X (as organisation or member) that the most articles state.
// The Cypher twin of alliance-members.rq: it reads the same claims (pushed as :Claim nodes).
// --param name=X: the claims where one of the names of an organisation or member, in any case, is X; the 200 that the most articles state.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Membership'})
WHERE $name IS NULL OR EXISTS { MATCH (c)-[:ORGANIZATION|MEMBER]->(x) WHERE toLower($name) IN [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)] }
WITH c ORDER BY c.articleCount DESC, c.uri LIMIT CASE WHEN $name IS NULL THEN 1000000000 ELSE 200 END
MATCH (c)-[:ORGANIZATION]->(org:Resource), (c)-[:MEMBER]->(who:Resource)
WHERE org.label_en IS NOT NULL AND who.label_en IS NOT NULL
RETURN org.label_en AS organization, who.label_en AS member, c.polarity AS isMember, c.articleCount AS articles,
       c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY organization, isMember DESC, member
