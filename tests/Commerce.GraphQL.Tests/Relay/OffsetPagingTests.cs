using Commerce.GraphQL.Relay;

namespace Commerce.GraphQL.Tests.Relay;

// Expectations follow the Relay cursor connections spec's algorithms, worked by hand over the list 0..9.
public sealed class OffsetPagingTests
{
    private static readonly IReadOnlyList<int> Ten = Enumerable.Range(0, 10).ToList();

    private static Connection<int> Page(int? first = null, string? after = null, int? last = null, string? before = null) =>
        OffsetPaging.Page(Ten, new PagingArguments(first, after, last, before), defaultPageSize: 4, maxPageSize: 5);

    [Fact]
    public void First_page_has_a_next_page_and_no_previous_one()
    {
        var page = Page(first: 3);

        Assert.Equal([0, 1, 2], page.Nodes);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.False(page.PageInfo.HasPreviousPage);
        Assert.Equal(10, page.TotalCount);
    }

    [Fact]
    public void After_a_cursor_continues_with_the_next_item()
    {
        var firstPage = Page(first: 3);

        var second = Page(first: 3, after: firstPage.PageInfo.EndCursor);

        Assert.Equal([3, 4, 5], second.Nodes);
        Assert.True(second.PageInfo.HasPreviousPage);
        Assert.True(second.PageInfo.HasNextPage);
    }

    [Fact]
    public void Last_takes_from_the_end_of_the_window()
    {
        var page = Page(last: 2);

        Assert.Equal([8, 9], page.Nodes);
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.False(page.PageInfo.HasNextPage);
    }

    [Fact]
    public void Before_a_cursor_with_last_pages_backwards()
    {
        var all = Page(first: 5, after: Page(first: 1).PageInfo.EndCursor);
        var beforeFive = all.Edges.Single(e => e.Node == 5).Cursor;

        var page = Page(last: 2, before: beforeFive);

        Assert.Equal([3, 4], page.Nodes);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.True(page.PageInfo.HasPreviousPage);
    }

    [Fact]
    public void No_arguments_give_the_default_page_size()
    {
        Assert.Equal([0, 1, 2, 3], Page().Nodes);
    }

    [Fact]
    public void Paging_past_the_end_gives_an_empty_page_without_cursors()
    {
        var lastItem = Page(last: 1).PageInfo.EndCursor;

        var page = Page(first: 3, after: lastItem);

        Assert.Empty(page.Edges);
        Assert.Null(page.PageInfo.StartCursor);
        Assert.False(page.PageInfo.HasNextPage);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("b2Zmc2V0Oi0x")] // "offset:-1"
    [InlineData("aGVsbG8=")] // "hello"
    public void A_cursor_this_list_did_not_give_out_is_a_coded_error(string cursor)
    {
        var error = Assert.Throws<GraphQLException>(() => Page(first: 2, after: cursor));

        Assert.Equal(OffsetPaging.InvalidCursor, error.Errors[0].Code);
    }

    [Fact]
    public void Negative_and_oversized_pages_are_refused_as_bad_input()
    {
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<GraphQLException>(() => Page(first: -1)).Errors[0].Code);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<GraphQLException>(() => Page(last: 6)).Errors[0].Code);
    }
}
