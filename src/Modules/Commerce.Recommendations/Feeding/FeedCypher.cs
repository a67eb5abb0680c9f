namespace Commerce.Recommendations.Feeding;

/// <summary>The writes that feed the graph; every value is a parameter, every write a MERGE so that replays change nothing.</summary>
internal static class FeedCypher
{
    // The edge is keyed by the order id: a redelivered OrderPlaced finds its edges and leaves them as they are.
    public const string OrdersPlaced = """
        UNWIND $orders AS o
        MERGE (c:Customer {id: o.customerId})
        WITH c, o
        UNWIND o.lines AS line
        MERGE (p:Product {id: line.productId})
        MERGE (c)-[r:PURCHASED {orderId: o.orderId}]->(p)
        ON CREATE SET r.at = o.at, r.quantity = line.quantity
        """;

    // Walks from the customer, so no scan of every PURCHASED edge (3.x has no relationship property indexes).
    public const string OrdersCancelled = """
        UNWIND $orders AS o
        MATCH (:Customer {id: o.customerId})-[r:PURCHASED {orderId: o.orderId}]->(:Product)
        DELETE r
        """;

    // One row per customer and product (ViewTally): counts add up, the last time only moves forward.
    public const string Views = """
        UNWIND $views AS view
        MERGE (c:Customer {id: view.customerId})
        MERGE (p:Product {id: view.productId})
        MERGE (c)-[v:VIEWED]->(p)
        ON CREATE SET v.count = view.count, v.lastAt = view.at
        ON MATCH SET v.count = v.count + view.count, v.lastAt = CASE WHEN view.at > v.lastAt THEN view.at ELSE v.lastAt END
        """;

    public const string Products = """
        UNWIND $products AS item
        MERGE (p:Product {id: item.id})
        SET p.name = item.name
        WITH p, item
        OPTIONAL MATCH (p)-[old:IN_CATEGORY]->(stale:Category)
        WHERE stale.id <> item.categoryId
        DELETE old
        WITH DISTINCT p, item
        MERGE (c:Category {id: item.categoryId})
        MERGE (p)-[:IN_CATEGORY]->(c)
        """;

    public const string Categories = """
        UNWIND $categories AS item
        MERGE (c:Category {id: item.id})
        SET c.name = item.name
        WITH c, item
        OPTIONAL MATCH (stale:Category)-[old:PARENT_OF]->(c)
        WHERE item.parentId IS NULL OR stale.id <> item.parentId
        DELETE old
        WITH DISTINCT c, item
        FOREACH (parentId IN CASE WHEN item.parentId IS NULL THEN [] ELSE [item.parentId] END |
          MERGE (parent:Category {id: parentId})
          MERGE (parent)-[:PARENT_OF]->(c))
        """;
}
