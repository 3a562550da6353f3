using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class PagingTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;

    public PagingTests()
    {
        _service = _env.CreateService();
        for (var i = 1; i <= 7; i++) _service.Create(new Entity("lead") { ["subject"] = $"lead {i}", ["rank"] = i });
    }

    [Fact]
    public void Pages_follow_the_cookie_until_no_more_records()
    {
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1, ReturnTotalRecordCount = true } };
        var seen = new List<string>();
        var pages = 0;
        while (true)
        {
            var page = _service.RetrieveMultiple(query);
            pages++;
            seen.AddRange(page.Entities.Select(e => (string)e["subject"]));
            Assert.Equal(7, page.TotalRecordCount);
            if (!page.MoreRecords) break;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"lead {i}"), seen);
    }

    [Fact]
    public void The_cookie_has_dataverse_shape_and_survives_deletes_between_pages()
    {
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1 } };
        var first = _service.RetrieveMultiple(query);
        var cookie = XElement.Parse(first.PagingCookie);
        Assert.Equal("cookie", cookie.Name.LocalName);
        Assert.Equal("1", cookie.Attribute("page")!.Value);
        var id = cookie.Element("leadid")!;
        Assert.Equal(first.Entities[2].Id, Guid.Parse(id.Attribute("last")!.Value));
        Assert.Equal(first.Entities[0].Id, Guid.Parse(id.Attribute("first")!.Value));
        Assert.Equal(-1, first.TotalRecordCount);

        // Processing the first page deletes its rows: the cookie still continues after the last one seen.
        foreach (var row in first.Entities) _service.Delete("lead", row.Id);
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = _service.RetrieveMultiple(query);

        Assert.Equal(new[] { "lead 4", "lead 5", "lead 6" }, second.Entities.Select(e => (string)e["subject"]));
        Assert.True(second.MoreRecords);
    }

    [Fact]
    public void Page_number_without_a_cookie_skips_whole_pages_in_the_query_order()
    {
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("rank"), PageInfo = new PagingInfo { Count = 2, PageNumber = 2 } };
        query.AddOrder("rank", OrderType.Descending);

        var page = _service.RetrieveMultiple(query);

        Assert.Equal(new[] { 5, 4 }, page.Entities.Select(e => (int)e["rank"]));
        Assert.True(page.MoreRecords);
    }

    [Fact]
    public void Without_paging_at_most_5000_rows_come_back()
    {
        for (var i = 0; i < 5001; i++) _env.Seed(new Entity("tst_bulk"));

        var all = _service.RetrieveMultiple(new QueryExpression("tst_bulk") { ColumnSet = new ColumnSet(false) });

        Assert.Equal(5000, all.Entities.Count);
        Assert.True(all.MoreRecords);
    }
}
