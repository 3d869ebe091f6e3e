using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;
using static KnowledgeSite.Tests.WholeSite.ManyArticleSites;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Article ids in a site of several articles: pinning a seed, and the mistakes an editor can make with article folders.</summary>
public class ArticleIdentityTests
{
    [Fact]
    public async Task Every_article_level_mistake_is_reported_with_file_and_line_in_one_run()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial + """
            -- seeds/d.txt --
            Kabar Pertama
            Sumber: Media D
            Paragraf lain yang sama sekali berbeda.

            -- input/articles/kabar-kdua/notes/typo.md --
            ---
            quote: "harga kubis"
            kind: idiom
            source: s
            literal: l
            meaning: m
            better: b
            confidence: high
            ---
            -- input/articles/kabar-pertama/notes/elsewhere.md --
            ---
            quote: "kualitas data itu penting"
            kind: terminology
            source: s
            literal: l
            meaning: m
            better: b
            confidence: low
            ---
            -- input/articles/pinned/index.md --
            ---
            seed: hilang.txt
            thesis: Pinned to a seed that is not there.
            ---
            -- input/notes/old-note.md --
            ---
            quote: "harga kubis"
            ---
            -- input/arguments/old-argument.md --
            ---
            title: Old
            ---
            """);

        Assert.False(site.Result.Succeeded);
        var errors = site.Diagnostics.Errors.ToList();
        var problems = string.Join("\n", errors);

        Assert.Contains(errors, e => e is { File: "input/articles/kabar-kdua/notes/typo.md", Line: 1 }
            && e.Message.Contains("there is no article with the id 'kabar-kdua'")
            && e.Message.Contains("kabar-kedua") && e.Message.Contains("kabar-ketiga") && e.Message.Contains("kabar-pertama")
            && e.Fix!.Contains("did you mean 'kabar-kedua'?"));
        Assert.Contains(errors, e => e is { File: "seeds/d.txt", Line: 1 }
            && e.Message.Contains("the articles in seeds/a.txt and seeds/d.txt would both get the id 'kabar-pertama'"));
        Assert.Contains(errors, e => e is { File: "input/articles/kabar-pertama/notes/elsewhere.md", Line: 2 }
            && e.Message.Contains("the quote is not in its own article")
            && e.Message.Contains("but it occurs in \"Kabar Kedua\" (id kabar-kedua)")
            && e.Fix!.Contains("input/articles/kabar-kedua/"));
        Assert.Contains(errors, e => e is { File: "input/articles/pinned/index.md", Line: 2 } && e.Message.Contains("there is no such file in seeds/"));
        Assert.Contains(errors, e => e is { File: "input/notes/old-note.md", Line: 1 } && e.Message.Contains("is the old layout"));
        Assert.Contains(errors, e => e is { File: "input/arguments/old-argument.md", Line: 1 } && e.Message.Contains("is the old layout"));
        // The pinned folder's only problem is its missing seed: it is not also called a folder without an article.
        Assert.DoesNotContain(errors, e => e.Message.Contains("no article with the id 'pinned'"));
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.Fix), $"no fix for: {e}"));
        Assert.True(errors.Count == 6, problems);
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public async Task Pinning_a_seed_in_index_md_gives_an_article_whose_title_repeats_another_its_own_id()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial + """
            -- seeds/d.txt --
            Kabar Pertama
            Sumber: Media D
            Paragraf lain yang sama sekali berbeda, dengan harga kubis juga.

            -- input/articles/kabar-pertama-lagi/index.md --
            ---
            seed: d.txt
            thesis: The same title, another article.
            ---
            -- input/articles/kabar-pertama-lagi/notes/harga-kubis.md --
            ---
            quote: "harga kubis"
            kind: idiom
            source: "白菜价"
            literal: cabbage price
            meaning: dirt cheap
            better: "harga sangat murah"
            confidence: medium
            ---
            The same phrase, noted again for this article.

            """);
        Assert.True(site.Result.Succeeded, Problems(site));

        Assert.Equal(["Paragraf lain yang sama sekali berbeda, dengan harga kubis juga."], Paragraphs(site.Html("articles/kabar-pertama-lagi.html")));
        Assert.Equal(["Petani menjual sayur dengan harga kubis di pasar pagi.", "Model baru diuji pada MMLU dan hasilnya cukup bagus."],
            Paragraphs(site.Html("articles/kabar-pertama.html")));
        Assert.Single(site.Html("articles/kabar-pertama-lagi.html").QuerySelectorAll(".note-ref"));
        Assert.Empty(site.Html("articles/kabar-pertama.html").QuerySelectorAll(".note-ref"));
        Assert.Single(site.Html("articles/kabar-kedua.html").QuerySelectorAll(".note-ref"));
        Assert.Contains("Kabar Pertama", site.Html("provenance/kabar-pertama-lagi.html").Title);
        Assert.Equal(4, site.Html("index.html").QuerySelectorAll("li.article-summary").Length);
    }

    [Fact]
    public async Task A_folder_that_pins_a_seed_keeps_its_id_when_another_seeds_title_gives_the_same_slug()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + """
            -- seeds/d.txt --
            Kabar Pertama
            Sumber: Media D
            Paragraf lain yang sama sekali berbeda.

            -- input/articles/kabar-pertama/index.md --
            ---
            seed: d.txt
            ---
            -- input/articles/kabar-pertama/notes/berbeda.md --
            ---
            quote: "sama sekali berbeda"
            kind: idiom
            source: s
            literal: l
            meaning: m
            better: b
            confidence: low
            ---

            """);

        // The folder says which seed it is for, so its note is resolved in d.txt; a.txt, whose title gives the same slug, is the one in the way.
        Assert.DoesNotContain(site.Diagnostics.Errors, e => e.Message.Contains("the quote is not in its own article"));
        var error = Assert.Single(site.Diagnostics.Errors);
        Assert.Equal("seeds/a.txt", error.File);
        Assert.Contains("would both get the id 'kabar-pertama'", error.Message);
        Assert.Contains("seed: a.txt", error.Fix);
    }

    [Fact]
    public async Task A_folder_for_an_unknown_article_fails_the_command_with_exit_code_1_and_keeps_the_previous_site()
    {
        using var project = new TestProject(ThreeSeeds + Editorial);
        var good = await project.RunAsync();
        Assert.True(good.ExitCode == 0, good.All);
        var before = TestProject.Snapshot(project.Output);

        project.Write("input/articles/kabar-kdua/index.md", "---\nthesis: A typo in the folder name.\n---\n");
        var result = await project.RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("input/articles/kabar-kdua/index.md:1", result.Stderr);
        Assert.Contains("there is no article with the id 'kabar-kdua'", result.Stderr);
        Assert.Contains("did you mean 'kabar-kedua'?", result.Stderr);
        Assert.Equal(before, TestProject.Snapshot(project.Output));
    }
}
