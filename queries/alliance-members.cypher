// Members of each alliance and organisation, as the articles state them: who is (or is explicitly not) a member, in how many articles, with a sentence that says so.
// The Cypher twin of alliance-members.rq: it reads the same claims (pushed as :Claim nodes).
MATCH (c:Claim {claimKind: 'https://w3id.org/irkg/ontology#Membership'})-[:ORGANIZATION]->(org:Resource), (c)-[:MEMBER]->(who:Resource)
WHERE org.label_en IS NOT NULL AND who.label_en IS NOT NULL
RETURN org.label_en AS organization, who.label_en AS member, c.polarity AS isMember, c.articleCount AS articles,
       c.sampleEvidence AS evidence, c.sampleSource AS article
ORDER BY organization, isMember DESC, member
