using KnowledgeSite.Checking;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;
using KnowledgeSite.Search;

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

    [Fact]
    public void A_file_the_search_index_names_but_the_site_lacks_fails_the_check_although_no_page_links_to_it()
    {
        var cut = SearchShardSizes.Default with { WholeBytes = 0 };
        var index = SearchIndexFiles.Write([new SearchDocument("Page", "Harga", "index.html", "Harga kubis naik.", "en")], cut);
        var missing = index.Single(f => f.Path.EndsWith("/docs-0.js", StringComparison.Ordinal));
        var diagnostics = new Diagnostics();
        CheckStage.Run([Page("index.html", ""), .. index.Where(f => f != missing)], diagnostics);

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal("output/" + SearchIndexFiles.ManifestPath, error.File);
        Assert.Contains($"names \"{missing.Path}\", which the site does not have", error.Message);
    }

    [Fact]
    public void A_site_with_the_search_script_but_no_search_index_fails_the_check()
    {
        var diagnostics = new Diagnostics();
        CheckStage.Run([Page("index.html", ""), OutputFile.Text("assets/search.js", "")], diagnostics);

        Assert.Contains("no search index", Assert.Single(diagnostics.Errors).Message);
    }
}
