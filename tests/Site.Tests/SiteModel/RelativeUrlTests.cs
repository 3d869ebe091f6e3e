using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Tests.SiteModel;

public class RelativeUrlTests
{
    [Theory]
    [InlineData("index.html", "articles/a.html", null, "articles/a.html")]
    [InlineData("articles/a.html", "index.html", null, "../index.html")]
    [InlineData("articles/a.html", "articles/b.html", null, "b.html")]
    [InlineData("articles/a.html", "provenance/a.html", "line-3", "../provenance/a.html#line-3")]
    [InlineData("articles/a.html", "articles/a.html", "p-123abc", "#p-123abc")]
    [InlineData("a/b/c.html", "a/d.html", null, "../d.html")]
    public void Links_are_relative_from_the_page_they_are_on(string from, string to, string? fragment, string expected) =>
        Assert.Equal(expected, RelativeUrl.Between(from, to, fragment));
}
