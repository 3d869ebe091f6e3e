using KnowledgeSite.Checking;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Tests.Checking;

public class CheckStageTests
{
    private static OutputFile Page(string path, string body) =>
        OutputFile.Text(path, $"<!DOCTYPE html>\n<html lang=\"en\"><head><title>{path}</title></head><body><h1>{path}</h1>{body}</body></html>\n");

    [Fact]
    public void Two_paths_that_differ_only_in_case_are_one_url_on_case_insensitive_disks()
    {
        var diagnostics = new Diagnostics();
        CheckStage.Run([Page("About.html", ""), Page("about.html", "")], diagnostics);

        var error = Assert.Single(diagnostics.Errors);
        Assert.Contains("About.html, about.html differ only in letter case", error.Message);
    }

    [Fact]
    public void Every_broken_link_is_listed_with_its_page_line_and_target()
    {
        var diagnostics = new Diagnostics();
        CheckStage.Run([Page("index.html", "<a href=\"a.html\">a</a>\n<a href=\"b.html#x\">b</a>"), Page("b.html", "<a href=\"index.html#nowhere\">home</a>")], diagnostics);

        Assert.Equal(
            ["output/b.html:2 broken link \"index.html#nowhere\"", "output/index.html:2 broken link \"a.html\"", "output/index.html:3 broken link \"b.html#x\""],
            diagnostics.Errors.Select(e => $"{e.Location} {e.Message[..e.Message.IndexOf(':')]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_cache_parses_a_page_again_only_when_its_bytes_change()
    {
        var cache = new ParsedPageCache();
        var first = cache.Parse([Page("index.html", "<p id=\"one\">one</p>"), Page("b.html", "")]);
        var second = cache.Parse([Page("index.html", "<p id=\"two\">two</p>"), Page("b.html", "")]);

        Assert.NotSame(first[0], second[0]);
        Assert.Contains("two", second[0].Ids);
        Assert.Same(first[1], second[1]);
    }
}
