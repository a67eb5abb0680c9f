namespace Commerce.Recommendations.Queries;

/// <summary>
/// The graph walks. Every value is a parameter; every walk has a fixed length and every answer a LIMIT (or a
/// slice per key), so no query walks the whole graph. Ties break by product id, ascending, so answers are
/// deterministic.
/// </summary>
internal static class RecommendationCypher
{
    // Bought together = two PURCHASED edges of one customer carrying the same order id; score = such orders.
    public const string FrequentlyBoughtTogether = """
        UNWIND $ids AS id
        MATCH (p:Product {id: id})<-[a:PURCHASED]-(:Customer)-[b:PURCHASED]->(o:Product)
        WHERE a.orderId = b.orderId AND o <> p
        WITH id, o.id AS other, count(DISTINCT a.orderId) AS score
        ORDER BY id, score DESC, other
        WITH id, collect({id: other, score: score})[0..$limit] AS top
        RETURN id, top
        """;

    // Similar = one point per category shared (IN_CATEGORY) plus one per customer who viewed both.
    public const string Similar = """
        UNWIND $ids AS id
        MATCH (p:Product {id: id})
        OPTIONAL MATCH (p)-[:IN_CATEGORY]->(:Category)<-[:IN_CATEGORY]-(sibling:Product)
        WHERE sibling <> p
        WITH p, id, [x IN collect(sibling.id) | {id: x, c: 1, v: 0}] AS byCategory
        OPTIONAL MATCH (p)<-[:VIEWED]-(:Customer)-[:VIEWED]->(coViewed:Product)
        WHERE coViewed <> p
        WITH id, byCategory + [x IN collect(coViewed.id) | {id: x, c: 0, v: 1}] AS candidates
        UNWIND candidates AS candidate
        WITH id, candidate.id AS other, sum(candidate.c) AS categories, sum(candidate.v) AS viewers
        WITH id, other, categories, viewers, categories + viewers AS score
        ORDER BY id, score DESC, other
        WITH id, collect({id: other, score: score, categories: categories, viewers: viewers})[0..$limit] AS top
        RETURN id, top
        """;

    // Customers who bought something you bought also bought: score = how many such customers bought it.
    public const string AlsoBought = """
        MATCH (me:Customer {id: $customerId})-[:PURCHASED]->(:Product)<-[:PURCHASED]-(other:Customer)-[:PURCHASED]->(rec:Product)
        WHERE other <> me AND NOT (me)-[:PURCHASED]->(rec)
        WITH rec.id AS id, count(DISTINCT other) AS score
        ORDER BY score DESC, id
        LIMIT $limit
        RETURN id, score
        """;

    // For a customer the walk above finds nothing for: units sold of the products in the categories of what
    // they bought or viewed, leaving out what they already bought.
    public const string BestSellersInCustomerCategories = """
        MATCH (me:Customer {id: $customerId})-[:PURCHASED|VIEWED]->(:Product)-[:IN_CATEGORY]->(cat:Category)
        WITH me, collect(DISTINCT cat) AS categories
        UNWIND categories AS cat
        MATCH (cat)<-[:IN_CATEGORY]-(rec:Product)
        WHERE NOT (me)-[:PURCHASED]->(rec)
        WITH DISTINCT rec
        MATCH (rec)<-[sale:PURCHASED]-(:Customer)
        WITH rec.id AS id, sum(sale.quantity) AS score
        ORDER BY score DESC, id
        LIMIT $limit
        RETURN id, score
        """;

    // A segment starts from the customers of one named product (bought or viewed), then filters them;
    // pattern comprehensions (3.1+) test the other products without further MATCH clauses.
    // Each candidate's own purchases and views (since the time, if any) are collected, then the lists tested.
    // (Pattern comprehensions would be shorter, but Neo4j 3.1.1 ignores their WHERE inside all()/none().)
    private const string SegmentFilter = """
        WITH DISTINCT c
        OPTIONAL MATCH (c)-[sale:PURCHASED]->(bought:Product)
        WHERE $since IS NULL OR sale.at >= $since
        WITH c, collect(DISTINCT bought.id) AS boughtIds
        OPTIONAL MATCH (c)-[view:VIEWED]->(viewed:Product)
        WHERE $since IS NULL OR view.lastAt >= $since
        WITH c, boughtIds, collect(DISTINCT viewed.id) AS viewedIds
        WHERE all(allId IN $boughtAll WHERE allId IN boughtIds)
          AND none(noneId IN $boughtNone WHERE noneId IN boughtIds)
          AND (size($viewedAny) = 0 OR any(viewedId IN $viewedAny WHERE viewedId IN viewedIds))
        WITH c.id AS id
        ORDER BY id
        WITH collect(id) AS ids
        RETURN size(ids) AS total, [member IN ids WHERE $after IS NULL OR member > $after][0..$take] AS page
        """;

    public const string SegmentFromPurchase = """
        MATCH (:Product {id: $anchor})<-[:PURCHASED]-(c:Customer)
        """ + "\n" + SegmentFilter;

    public const string SegmentFromViews = """
        UNWIND $viewedAny AS anchor
        MATCH (:Product {id: anchor})<-[:VIEWED]-(c:Customer)
        """ + "\n" + SegmentFilter;
}
