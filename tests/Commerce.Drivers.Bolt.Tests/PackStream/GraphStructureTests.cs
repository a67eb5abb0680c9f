namespace Commerce.Drivers.Bolt.Tests.PackStream;

/// <summary>
/// Node, Relationship, UnboundRelationship and Path as the structure-semantics page defines them:
/// 3/5/3 fields before Bolt 5, 4/8/4 fields (with element ids) from 5.0. Inputs are the page's
/// examples, hand-encoded.
/// </summary>
public class GraphStructureTests
{
    // Node(id=3, labels=["Example", "Node"], properties={"name": "example"})
    private const string NodeFieldsV1 = "03 92 87 45 78 61 6D 70 6C 65 84 4E 6F 64 65 A1 84 6E 61 6D 65 87 65 78 61 6D 70 6C 65";
    private const string Abc123 = "86 61 62 63 31 32 33";

    [Fact]
    public void Node_before_bolt_5_has_three_fields()
    {
        var node = Assert.IsAssignableFrom<INode>(Hex.Unpack(Hex.Parse("B3 4E " + NodeFieldsV1)));
        Assert.Equal(3L, node.Id);
        Assert.Equal("3", node.ElementId);
        Assert.Equal(["Example", "Node"], node.Labels);
        Assert.Equal("example", node["name"]);
    }

    [Fact]
    public void Node_from_bolt_5_adds_the_element_id()
    {
        var node = Assert.IsAssignableFrom<INode>(Hex.Unpack(Hex.Parse("B4 4E " + NodeFieldsV1 + " " + Abc123), elementIds: true));
        Assert.Equal(3L, node.Id);
        Assert.Equal("abc123", node.ElementId);
        Assert.Equal("example", node.Get<string>("name"));
    }

    [Fact]
    public void A_v1_node_is_refused_where_bolt_5_expects_four_fields() =>
        Assert.Throws<ProtocolException>(() => Hex.Unpack(Hex.Parse("B3 4E " + NodeFieldsV1), elementIds: true));

    [Fact]
    public void Relationship_in_both_shapes()
    {
        // Relationship(id=11, startNodeId=2, endNodeId=3, type="KNOWS", properties={"name": "example"}, "abc123", "def456", "ghi789")
        const string fields = "0B 02 03 85 4B 4E 4F 57 53 A1 84 6E 61 6D 65 87 65 78 61 6D 70 6C 65";
        var v1 = Assert.IsAssignableFrom<IRelationship>(Hex.Unpack(Hex.Parse("B5 52 " + fields)));
        Assert.Equal((11L, 2L, 3L, "KNOWS", "11", "2", "3"), (v1.Id, v1.StartNodeId, v1.EndNodeId, v1.Type, v1.ElementId, v1.StartNodeElementId, v1.EndNodeElementId));
        Assert.Equal("example", v1["name"]);

        var v5 = Assert.IsAssignableFrom<IRelationship>(Hex.Unpack(
            Hex.Parse("B8 52 " + fields + " " + Abc123 + " 86 64 65 66 34 35 36 86 67 68 69 37 38 39"), elementIds: true));
        Assert.Equal(("abc123", "def456", "ghi789"), (v5.ElementId, v5.StartNodeElementId, v5.EndNodeElementId));
    }

    [Fact]
    public void Path_from_the_specification_example()
    {
        // nodes [42, 69, 1], rels [1000, 1001], indices [1, 1, 1, 0, -2, 2]
        // is (42)-[1000]->(69)-[1000]->(42)<-[1001]-(1).
        const string n42 = "B3 4E 2A 90 A0", n69 = "B3 4E 45 90 A0", n1 = "B3 4E 01 90 A0";
        const string r1000 = "B3 72 C9 03 E8 81 52 A0", r1001 = "B3 72 C9 03 E9 81 52 A0";
        var wire = $"B3 50 93 {n42} {n69} {n1} 92 {r1000} {r1001} 96 01 01 01 00 FE 02";
        var path = Assert.IsAssignableFrom<IPath>(Hex.Unpack(Hex.Parse(wire)));

        Assert.Equal([42L, 69L, 42L, 1L], path.Nodes.Select(n => n.Id));
        Assert.Equal([(1000L, 42L, 69L), (1000L, 69L, 42L), (1001L, 1L, 42L)],
            path.Relationships.Select(r => (r.Id, r.StartNodeId, r.EndNodeId)));
        Assert.Equal(42L, path.Start.Id);
        Assert.Equal(1L, path.End.Id);
    }

    [Fact]
    public void Unknown_structures_keep_their_tag_and_fields()
    {
        // Date (tag 44) is not interpreted by this driver: 1970-01-02 is days = 1.
        var structure = Assert.IsType<Commerce.Drivers.Bolt.PackStream.PackStreamStructure>(Hex.Unpack(Hex.Parse("B1 44 01")));
        Assert.Equal(0x44, structure.Tag);
        Assert.Equal([1L], structure.Fields);
    }
}
