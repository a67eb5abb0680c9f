using Commerce.Recommendations.Graph;

namespace Commerce.Recommendations.Tests.Unit;

public sealed class ConstraintDdlTests
{
    [Fact]
    public void Neo4j_3_gets_the_ON_ASSERT_spelling_for_every_label()
    {
        Assert.Equal(
            [
                "CREATE CONSTRAINT ON (n:Customer) ASSERT n.id IS UNIQUE",
                "CREATE CONSTRAINT ON (n:Product) ASSERT n.id IS UNIQUE",
                "CREATE CONSTRAINT ON (n:Category) ASSERT n.id IS UNIQUE",
            ],
            ConstraintDdl.For("Neo4j/3.1.1"));
    }

    [Theory]
    [InlineData("Neo4j/5.26.0")]
    [InlineData("Neo4j/4.4.12")]
    public void Neo4j_4_4_and_5_get_the_IF_NOT_EXISTS_FOR_REQUIRE_spelling(string agent)
    {
        Assert.Contains("CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE", ConstraintDdl.For(agent));
        Assert.Equal(3, ConstraintDdl.For(agent).Count);
    }

    [Fact]
    public void Neo4j_4_3_still_gets_the_old_spelling()
    {
        Assert.All(ConstraintDdl.For("Neo4j/4.3.0"), statement => Assert.Contains(" ASSERT ", statement));
    }

    [Fact]
    public void An_agent_without_a_version_is_refused()
    {
        Assert.Throws<FormatException>(() => ConstraintDdl.For("SomethingElse"));
    }
}
