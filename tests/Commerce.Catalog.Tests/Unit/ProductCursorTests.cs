using Commerce.GraphQL;

namespace Commerce.Catalog.Tests.Unit;

public sealed class ProductCursorTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(1999L)]
    [InlineData(int.MaxValue - 1L)]
    public void A_cursor_decodes_to_the_position_it_was_made_from(long position) =>
        Assert.Equal(position, ProductCursor.Decode(ProductCursor.Encode(position)));

    [Fact]
    public void A_cursor_from_the_engine_offset_paging_is_not_accepted()
    {
        var error = Assert.Throws<GraphQLException>(() => ProductCursor.Decode(Commerce.GraphQL.Relay.OffsetPaging.Encode(3)));

        Assert.Equal(CatalogErrorCodes.InvalidCursor, error.Errors[0].Code);
    }

    [Fact]
    public void An_overlong_cursor_is_rejected_without_decoding_it()
    {
        var error = Assert.Throws<GraphQLException>(() => ProductCursor.Decode(new string('A', 10_000)));

        Assert.Equal(CatalogErrorCodes.InvalidCursor, error.Errors[0].Code);
        Assert.True(error.Message.Length < 200);
    }
}
