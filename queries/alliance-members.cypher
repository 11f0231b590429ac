// Members of each alliance and organisation, as the articles state them: who is (or is explicitly not) a member, in how many articles, with a sentence that says so.
// The Cypher twin of alliance-members.rq: same question, same columns.
MATCH (m:Membership)-[:ORGANIZATION]->(org:Resource), (m)-[:MEMBER]->(who:Resource), (m)-[:SOURCE]->(art:Article)
WHERE org.label_en IS NOT NULL AND who.label_en IS NOT NULL AND art.source IS NOT NULL
UNWIND m.evidence AS ev
WITH org.label_en AS organization, who.label_en AS member, coalesce(m.polarity, true) AS isMember, ev, art.source AS src
RETURN organization, member, isMember, count(DISTINCT src) AS articles, min(ev) AS evidence, min(src) AS article
ORDER BY organization, isMember DESC, member
