// Members of each alliance and organisation, as the articles state them: who is (or is explicitly not) a member, in how many articles, with a sentence that says so. With --param name=X, only the memberships of X (an organisation or a member).
// The Cypher twin of alliance-members.rq: it reads the same claims (pushed as :Claim nodes).
// --param name=X keeps the claims where one of the names of an organisation or member, in any case, is X.
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Membership'})-[:ORGANIZATION]->(org:Resource), (c)-[:MEMBER]->(who:Resource)
WHERE org.label_en IS NOT NULL AND who.label_en IS NOT NULL
AND ($name IS NULL OR EXISTS { MATCH (c)-[:ORGANIZATION|MEMBER]->(x) WHERE toLower($name) IN [n IN reduce(acc = [], k IN [k IN keys(x) WHERE k = 'name' OR k STARTS WITH 'label_' OR k STARTS WITH 'altLabel'] | acc + x[k]) | toLower(n)] })
RETURN org.label_en AS organization, who.label_en AS member, c.polarity AS isMember, c.articleCount AS articles,
       c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY organization, isMember DESC, member
