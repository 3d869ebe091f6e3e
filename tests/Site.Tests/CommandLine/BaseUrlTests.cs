using KnowledgeSite.CommandLine;

namespace KnowledgeSite.Tests.CommandLine;

public class BaseUrlTests
{
    [Theory]
    [InlineData("https://owner.github.io/repo/")]
    [InlineData("https://owner.github.io/repo")]
    [InlineData("http://127.0.0.1:8000/project/")]
    [InlineData("https://example.org")]
    public void An_absolute_http_or_https_url_is_accepted(string url) =>
        Assert.Null(CommandLineOptions.BaseUrlProblem(url));

    [Theory]
    [InlineData("example.org")]
    [InlineData("/repo/")]
    [InlineData("file:///tmp/site/")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("https://example.org/#top")]
    public void Anything_else_is_refused(string url) =>
        Assert.NotNull(CommandLineOptions.BaseUrlProblem(url));
}
