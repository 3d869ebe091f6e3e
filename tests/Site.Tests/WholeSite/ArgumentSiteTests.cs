using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Small inline sites with arguments: the pages a reader gets, and the errors an editor gets.</summary>
public class ArgumentSiteTests
{
    private const string Seed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Model tertutup lebih andal untuk industri.
        **Bagian terbuka**
        Model terbuka lebih murah untuk semua orang.
        Keduanya punya masa depan, kata penulis.

        -- input/articles/judul-uji/index.md --
        ---
        sides:
          - id: closed
            name: Closed source
          - id: open
            name: Open source
          - id: both
            name: Both sides
        ---

        """;

    private const string Folder = "input/articles/judul-uji/arguments/";

    private static string Argument(string id, string side, int order, string quote, string related = "") => $"""
        -- input/articles/judul-uji/arguments/{id}.md --
        ---
        title: Argument {id}
        side: {side}
        claim: The claim of {id}.
        order: {order}
        passages:
          - quote: "{quote}"
        {related}
        ---
        ## Summary

        Body of {id}.

        """;

    private static readonly string ThreeArguments = Seed
        + Argument("closed-wins", "closed", 1, "Model tertutup lebih andal", "related:\n  - id: open-wins\n    relation: contrasts with")
        + Argument("open-wins", "open", 2, "lebih murah untuk semua orang", "related:\n  - id: both-live\n    relation: leads to")
        + Argument("both-live", "both", 3, "Keduanya punya masa depan");

    [Fact]
    public async Task Each_argument_gets_a_page_with_side_claim_passages_related_and_prev_next()
    {
        var site = await InMemorySite.BuildAsync(ThreeArguments);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));

        var page = site.Html("articles/judul-uji/arguments/open-wins.html");
        Assert.Equal("Argument open-wins", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Open source", page.QuerySelector(".badge")!.TextContent);
        Assert.Equal("The claim of open-wins.", page.QuerySelector(".claim")!.TextContent);
        var quote = page.QuerySelector(".passages blockquote")!;
        Assert.Equal("id", quote.GetAttribute("lang"));
        Assert.Equal("lebih murah untuk semua orang", quote.TextContent.Trim());
        var anchor = KnowledgeSite.Articles.AnchorScheme.ParagraphBase("Model terbuka lebih murah untuk semua orang.");
        Assert.Equal($"../../judul-uji.html#{anchor}", page.QuerySelector(".passage-link")!.GetAttribute("href"));
        var related = page.QuerySelectorAll(".related li").Select(li => li.TextContent).ToList();
        Assert.Contains(related, r => r.Contains("leads to") && r.Contains("Argument both-live"));
        Assert.Contains(related, r => r.Contains("contrasts with") && r.Contains("Argument closed-wins"));
        Assert.Equal("closed-wins.html", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("both-live.html", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_map_draws_every_argument_as_a_link_and_lists_the_relations_in_words()
    {
        var site = await InMemorySite.BuildAsync(ThreeArguments);
        var map = site.Html("articles/judul-uji/arguments/index.html");

        var nodes = map.QuerySelectorAll("svg a.map-node").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["closed-wins.html", "open-wins.html", "both-live.html"], nodes);
        Assert.All(map.QuerySelectorAll("svg a.map-node"), a => Assert.False(string.IsNullOrEmpty(a.GetAttribute("aria-label"))));
        Assert.Equal(2, map.QuerySelectorAll("svg path.map-edge").Length);
        var relations = map.QuerySelectorAll(".relation-list li").Select(li => li.TextContent).ToList();
        Assert.Contains("#2 · Argument open-wins leads to #3 · Argument both-live", relations);
        Assert.Contains(map.QuerySelectorAll("h3"), h => h.TextContent.Contains("Bagian terbuka"));
    }

    [Fact]
    public async Task Each_paragraph_on_the_article_page_links_to_the_arguments_it_carries()
    {
        var site = await InMemorySite.BuildAsync(ThreeArguments);
        var article = site.Html("articles/judul-uji.html");

        var rows = article.QuerySelectorAll(".para-row").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("judul-uji/arguments/open-wins.html", rows[1].QuerySelector(".para-args a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_paragraph_no_argument_quotes_is_listed_as_a_warning()
    {
        var site = await InMemorySite.BuildAsync(Seed + Argument("closed-wins", "closed", 1, "Model tertutup lebih andal"));

        var warning = Assert.Single(site.Diagnostics.Warnings);
        Assert.Contains("2 of 3 paragraphs", warning.Message);
        Assert.Contains("¶2, ¶3", warning.Message);
    }

    [Fact]
    public async Task Every_editor_mistake_is_reported_with_file_and_line_in_one_run()
    {
        var site = await InMemorySite.BuildAsync(Seed
            + Argument("not-found", "closed", 1, "Model tertutup kurang andal")
            + Argument("ambiguous", "closed", 2, "lebih")
            + Argument("crossing", "open", 3, "untuk semua orang. Keduanya punya")
            + Argument("bad-relation", "open", 4, "Keduanya punya", "related:\n  - id: no-such-argument\n    relation: supports")
            + Argument("bad-side", "middle", 5, "masa depan")
            + """
            -- input/articles/judul-uji/arguments/missing-title.md --
            ---
            side: open
            claim: c
            order: 6
            passages:
              - quote: "kata penulis"
            ---
            -- input/articles/judul-uji/arguments/broken-yaml.md --
            ---
            title: [unclosed
            ---
            -- input/articles/judul-uji/arguments/other-id.md --
            ---
            id: different
            title: t
            side: open
            claim: c
            order: 7
            passages:
              - quote: "semua orang"
            ---
            """);

        var errors = site.Diagnostics.Errors.ToList();
        Assert.Contains(errors, e => e is { File: Folder + "not-found.md", Line: 7 } && e.Message.Contains("not in the article"));
        Assert.Contains(errors, e => e is { File: Folder + "ambiguous.md", Line: 7 } && e.Message.Contains("occurs 2 times"));
        Assert.Contains(errors, e => e is { File: Folder + "crossing.md", Line: 7 } && e.Message.Contains("across two paragraphs"));
        Assert.Contains(errors, e => e is { File: Folder + "bad-relation.md", Line: 9 } && e.Message.Contains("'no-such-argument' does not exist"));
        Assert.Contains(errors, e => e is { File: Folder + "bad-side.md", Line: 3 } && e.Message.Contains("unknown side 'middle'"));
        Assert.Contains(errors, e => e is { File: Folder + "missing-title.md" } && e.Message.Contains("'title' is missing"));
        Assert.Contains(errors, e => e.File == Folder + "broken-yaml.md" && e.Line is 2 or 3 && e.Message.Contains("not valid YAML"));
        Assert.Contains(errors, e => e is { File: Folder + "other-id.md", Line: 2 } && e.Message.Contains("differs from the file name"));
        Assert.All(errors, e => Assert.NotNull(e.Fix));
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public async Task A_broken_argument_fails_the_command_and_keeps_the_previous_site()
    {
        using var project = new TestProject(ThreeArguments);
        Assert.Equal(0, (await project.RunAsync()).ExitCode);
        var before = TestProject.Snapshot(project.Output);

        project.Write(Folder + "open-wins.md", "---\ntitle: t\nside: open\nclaim: c\norder: 2\npassages:\n  - quote: \"tidak ada\"\n---\n");
        project.Write(Folder + "closed-wins.md", "---\ntitle: t\nside: closed\nclaim: c\norder: 3\npassages:\n  - quote: \"Model tertutup\"\n---\n");
        var result = await project.RunAsync();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains(Folder + "open-wins.md:7", result.Stderr);
        Assert.Contains("order 3 is shared by both-live, closed-wins", result.Stderr);
        Assert.Equal(before, TestProject.Snapshot(project.Output));
    }

    [Fact]
    public async Task A_link_to_another_argument_file_becomes_a_link_to_its_page_and_a_wrong_one_is_an_error()
    {
        var good = await InMemorySite.BuildAsync(ThreeArguments.Replace("Body of closed-wins.", "See [the other side](open-wins.md#summary)."));
        Assert.Equal("open-wins.html#summary", good.Html("articles/judul-uji/arguments/closed-wins.html").QuerySelector(".body a")!.GetAttribute("href"));

        var bad = await InMemorySite.BuildAsync(ThreeArguments.Replace("Body of closed-wins.", "See [the other side](open-win.md)."));
        var error = Assert.Single(bad.Diagnostics.Errors);
        Assert.Equal((Folder + "closed-wins.md", 14), (error.File, error.Line));
        Assert.Contains("did you mean 'open-wins.md'", error.Fix);
    }

    [Fact]
    public async Task A_link_that_names_only_the_file_shows_the_title_of_the_page_it_leads_to()
    {
        var site = await InMemorySite.BuildAsync(ThreeArguments.Replace("Body of closed-wins.",
            "Compare [open-wins](open-wins.md), [both-live.md](both-live.md) and [its own words](open-wins.md)."));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));

        var links = site.Html("articles/judul-uji/arguments/closed-wins.html").QuerySelectorAll(".body a")
            .Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("open-wins.html", "Argument open-wins"), ("both-live.html", "Argument both-live"), ("open-wins.html", "its own words")], links);
    }

    [Fact]
    public async Task An_argument_page_gives_the_editors_summary_in_english_before_the_articles_indonesian_words()
    {
        var site = await InMemorySite.BuildAsync(ThreeArguments);
        var html = site.Text("articles/judul-uji/arguments/open-wins.html");

        var summary = html.IndexOf("Body of open-wins.", StringComparison.Ordinal);
        var quote = html.IndexOf("<blockquote lang=\"id\"", StringComparison.Ordinal);
        Assert.True(summary > 0 && quote > 0 && summary < quote, $"summary at {summary}, first quote at {quote}");
    }
}
