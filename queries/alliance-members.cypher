// Members of each alliance and organisation, as the articles state them: who is (or is explicitly not) a member, with the sentence that says so.
// The Cypher twin of alliance-members.rq: same question, same columns.
MATCH (m:Membership)-[:ORGANIZATION]->(org:Resource), (m)-[:MEMBER]->(who:Resource), (m)-[:SOURCE]->(art:Article)
WHERE org.label_en IS NOT NULL AND who.label_en IS NOT NULL AND art.source IS NOT NULL
UNWIND m.evidence AS evidence
RETURN DISTINCT org.label_en AS organization, who.label_en AS member, coalesce(m.polarity, true) AS isMember,
       evidence, art.source AS article
ORDER BY organization, isMember DESC, member
