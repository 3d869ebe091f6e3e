using KnowledgeSite.CommandLine;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Small inline sites with a glossary: linking rules as a reader sees them, and the editor's errors.</summary>
public class GlossarySiteTests
{
    private const string Seed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Meta merilis Llama 2 dan Llama, lalu Llama 2 lagi; skor MMLU naik.
        **Tentang MMLU**
        Integrator ISV memakai RLHF, bukan mmlu.

        """;

    private static string Term(string id, string term, string category, string forms, string extra = "", string body = "Definition.") => $"""
        -- input/glossary/{id}.md --
        ---
        term: {term}
        category: {category}
        forms: [{forms}]
        short: Short definition of {term}.
        {extra}
        ---
        {body}

        """;

    private static readonly string Glossary = Seed
        + Term("llama", "Llama", "model", "Llama")
        + Term("llama-2", "Llama 2", "model", "Llama 2", "related: [llama]", "Successor of Llama; see MMLU and `MMLU` and [MMLU](mmlu.md).")
        + Term("mmlu", "MMLU", "benchmark", "MMLU", "expansion: Massive Multitask Language Understanding", "MMLU is a benchmark.")
        + Term("isv", "ISV", "business term", "ISV");

    [Fact]
    public async Task Terms_link_in_article_paragraphs_longest_form_first_and_once_per_paragraph()
    {
        var site = await InMemorySite.BuildAsync(Glossary);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var article = site.Html("articles/judul-uji.html");

        var first = article.QuerySelectorAll("p.para")[0];
        var links = first.QuerySelectorAll(".term > a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Llama 2", "../glossary/llama-2.html"), ("Llama", "../glossary/llama.html"), ("MMLU", "../glossary/mmlu.html")], links);
        var second = article.QuerySelectorAll("p.para")[1];
        Assert.Equal(["ISV"], second.QuerySelectorAll(".term > a").Select(a => a.TextContent));   // "mmlu" in lower case is not the acronym
        Assert.Empty(article.QuerySelectorAll("h2 .term"));                                      // never in headings
    }

    [Fact]
    public async Task A_linked_term_is_described_by_its_short_definition_written_once_per_page()
    {
        const string twoParagraphs = """
            -- seeds/a.txt --
            Judul Uji
            Sumber: Media
            Skor MMLU naik tahun ini.
            ** Tahun lalu **
            Skor MMLU turun tahun lalu.

            """;
        var site = await InMemorySite.BuildAsync(twoParagraphs + Term("mmlu", "MMLU", "benchmark", "MMLU", "expansion: Massive Multitask Language Understanding"));
        var page = site.Html("articles/judul-uji.html");
        var links = page.QuerySelectorAll(".term > a").Where(a => a.TextContent.StartsWith("MMLU")).ToList();

        Assert.Equal(2, links.Count);
        var tipId = Assert.Single(links.Select(a => a.GetAttribute("aria-describedby")).Distinct());
        var tip = Assert.Single(page.QuerySelectorAll("[role=tooltip]"), t => t.Id == tipId);
        Assert.Equal("en", tip.GetAttribute("lang"));
        Assert.Contains("Massive Multitask Language Understanding", tip.TextContent);
        Assert.Contains("Short definition of MMLU.", tip.TextContent);
        Assert.Single(page.QuerySelectorAll("[role=tooltip]"), t => t.TextContent.Contains("Short definition of MMLU."));
    }

    [Fact]
    public async Task Editorial_bodies_link_terms_but_not_inside_code_links_or_on_the_terms_own_page()
    {
        var site = await InMemorySite.BuildAsync(Glossary);

        var llama2 = site.Html("glossary/llama-2.html").QuerySelector(".body")!;
        Assert.Equal(["Llama", "MMLU", "MMLU"], llama2.QuerySelectorAll("a").Select(a => a.TextContent)); // term link, then the Markdown link
        Assert.Single(llama2.QuerySelectorAll(".term"), t => t.TextContent.StartsWith("MMLU"));
        Assert.Equal("MMLU", llama2.QuerySelector("code")!.TextContent);
        Assert.Empty(site.Html("glossary/mmlu.html").QuerySelectorAll(".body .term"));
    }

    [Fact]
    public async Task The_term_page_lists_every_occurrence_with_a_link_to_its_paragraph()
    {
        var site = await InMemorySite.BuildAsync(Glossary);
        var page = site.Html("glossary/mmlu.html");

        Assert.Equal("Massive Multitask Language Understanding", page.QuerySelector(".expansion-lead")!.TextContent);
        var occurrences = page.QuerySelectorAll(".occurrences li").ToList();
        Assert.Equal(2, occurrences.Count);                       // the paragraph and the heading
        Assert.Contains("#p-", occurrences[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("MMLU", occurrences[0].QuerySelector("mark")!.TextContent);
        Assert.Contains(site.Html("glossary/llama.html").QuerySelectorAll(".term-list a"), a => a.TextContent == "Llama 2");  // llama-2 names llama as related
    }

    [Fact]
    public async Task The_index_groups_by_category_and_letter_with_jump_links_and_leaves_the_coverage_to_the_editors_page()
    {
        var site = await InMemorySite.BuildAsync(Glossary);
        var index = site.Html("glossary/index.html");

        Assert.Equal(["Benchmarks", "Models", "Business terms"], index.QuerySelectorAll("section h2").Take(3).Select(h => h.TextContent));
        Assert.Contains(index.QuerySelectorAll(".jump.letters a"), a => a.GetAttribute("href") == "#letter-L");
        Assert.NotNull(index.GetElementById("letter-L"));
        Assert.Null(index.QuerySelector(".coverage"));
        var editors = index.QuerySelector(".for-editors a")!.GetAttribute("href");
        Assert.Equal("../editors.html", editors);
        var report = site.Html("editors.html");
        Assert.Contains("RLHF", report.QuerySelector(".coverage")!.TextContent);
        Assert.Equal(4, report.QuerySelectorAll(".coverage tbody tr").Length);
    }

    [Fact]
    public async Task Unused_forms_and_unlisted_names_are_warnings_and_strict_makes_them_errors()
    {
        var text = Glossary + Term("gpt", "GPT", "model", "GPT, GPT-4");
        var site = await InMemorySite.BuildAsync(text);
        Assert.Contains(site.Diagnostics.Warnings, w => w.File == "input/glossary/gpt.md" && w.Message.Contains("none of the forms of 'gpt'"));
        Assert.Contains(site.Diagnostics.Warnings, w => w.Message.Contains("RLHF (1×"));

        var strict = await InMemorySite.BuildAsync(text, new BuildOptions(Strict: true));
        Assert.False(strict.Result.Succeeded);
        Assert.Contains(strict.Diagnostics.Errors, e => e.Message.Contains("RLHF") && e.Message.Contains("strict"));
    }

    [Fact]
    public async Task A_form_claimed_twice_and_an_unknown_related_term_are_errors_with_file_and_line()
    {
        var site = await InMemorySite.BuildAsync(Glossary
            + Term("meta", "Meta", "organisation", "Meta, llama 2")
            + Term("bad", "Bad", "concept", "Integrator", "related: [lama]"));

        var errors = site.Diagnostics.Errors.ToList();
        Assert.Contains(errors, e => e is { File: "input/glossary/meta.md", Line: 4 } && e.Message.Contains("\"llama 2\" is also claimed by 'llama-2'"));
        Assert.Contains(errors, e => e is { File: "input/glossary/bad.md", Line: 6 } && e.Message.Contains("'lama' does not exist") && e.Fix!.Contains("'llama'"));
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public async Task A_glossary_error_fails_the_command()
    {
        using var project = new TestProject(Glossary + Term("x", "X", "thing", "Meta"));
        var result = await project.RunAsync();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("input/glossary/x.md:3", result.Stderr);
        Assert.Contains("unknown category 'thing'", result.Stderr);
    }

    [Fact]
    public async Task The_a_to_z_lists_each_term_also_by_the_articles_own_wordings_for_it()
    {
        var site = await InMemorySite.BuildAsync(Seed.Replace("lalu Llama 2 lagi", "lalu unta dan Unta-unta lagi")
            + Term("llama", "Llama", "model", "Llama, unta, Unta, unta-unta, Untaunta"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var index = site.Html("glossary/index.html");

        var u = index.QuerySelector("#letter-U")!.NextElementSibling!;
        var lines = u.QuerySelectorAll("li").Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector("a")!.GetAttribute("lang"), li.QuerySelector(".category")!.TextContent)).ToList();
        Assert.Equal([("unta", "llama.html", "id", "see Llama"), ("unta-unta", "llama.html", "id", "see Llama")], lines);
        var l = index.QuerySelector("#letter-L")!.NextElementSibling!;
        Assert.Equal(["Llama"], l.QuerySelectorAll("li > a").Select(a => a.TextContent));
    }
}
