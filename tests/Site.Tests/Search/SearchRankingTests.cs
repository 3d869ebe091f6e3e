using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.Search;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Search;

/// <summary>The real site's search index, as the build ships it, searched with the site's own search.js.</summary>
public sealed class ShippedSearch : IAsyncLifetime
{
    public SearchScriptEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var project = TestProject.WithRealSeed();
        var diagnostics = new Diagnostics();
        var build = await SiteBuilder.BuildAsync(SourceReader.Read(project.Root, diagnostics), new BuildOptions(), diagnostics);
        if (!build.Succeeded) throw new InvalidOperationException(string.Join("\n", diagnostics.All));
        Engine = new SearchScriptEngine(SearchIndexFiles.Write(SearchDocuments.From(build.Site!), SearchShardSizes.Default));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>Ranking and typo tolerance: what a reader who types a name or mistypes a word gets.</summary>
public class SearchRankingTests(ShippedSearch search) : IClassFixture<ShippedSearch>
{
    [Theory]
    [InlineData("closed source", "Term: closed source")]
    [InlineData("open source", "Term: open source")]
    [InlineData("sumber tertutup", "Term: closed source")]     // a glossary term's Indonesian form names it too
    [InlineData("MMLU", "Term: MMLU")]
    [InlineData("Llama 2", "Term: Llama 2")]
    public void A_result_named_exactly_what_was_typed_comes_first(string query, string first)
    {
        var (results, _, suggestion) = search.Engine.Search(query);
        Assert.StartsWith(first, results[0], StringComparison.Ordinal);
        Assert.Null(suggestion);
    }

    [Fact]
    public void A_word_one_letter_short_finds_the_word_and_says_so()
    {
        var (results, total, suggestion) = search.Engine.Search("keuntugan");
        Assert.Equal("keuntungan", suggestion);
        Assert.True(total > 0);
        Assert.Equal(search.Engine.Search("keuntungan ").Results, results);
    }

    [Theory]
    [InlineData("kuentungan", "keuntungan")]     // two neighbours swapped
    [InlineData("keuntungen", "keuntungan")]     // one letter replaced
    [InlineData("keuntunggan", "keuntungan")]    // one letter too many
    [InlineData("GPT4", "gpt 4")]                // letters and digits the text writes apart
    [InlineData("lama 2", "llama 2")]            // every word matches, but not together
    public void A_query_that_finds_nothing_is_corrected(string query, string corrected)
    {
        var (results, _, suggestion) = search.Engine.Search(query);
        Assert.Equal(corrected, suggestion);
        Assert.NotEmpty(results);
    }

    [Theory]
    [InlineData("keuntungan")]
    [InlineData("model besar")]
    [InlineData("untu")]
    public void A_query_that_finds_something_is_not_corrected(string query) =>
        Assert.Null(search.Engine.Search(query).Suggestion);

    [Theory]
    [InlineData("zzqxv")]
    [InlineData("model zzqxv")]
    [InlineData("xyzw")]                          // four letters that match nothing: too short to guess at
    public void Nonsense_stays_without_results_or_suggestion(string query)
    {
        var (results, total, suggestion) = search.Engine.Search(query);
        Assert.Empty(results);
        Assert.Equal(0, total);
        Assert.Null(suggestion);
    }

    [Fact]
    public void The_total_counts_every_match_beyond_those_returned()
    {
        var (results, total, _) = search.Engine.Search("model", 8);
        Assert.Equal(8, results.Count);
        Assert.True(total > 8, $"{total} matches");
        Assert.Equal(total, search.Engine.Search("model", 100000).Results.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    [InlineData(120)]
    [InlineData(400)]
    public void A_snippet_starts_and_ends_between_words(int firstMatch)
    {
        var text = string.Join(" ", Enumerable.Range(0, 120).Select(i => "kata" + new string('x', i % 7) + (i % 5 == 4 ? "," : "")));
        var (from, to) = search.Engine.SnippetWindow(text, firstMatch, 180);
        Assert.True(from == 0 || text[from - 1] == ' ', $"starts inside a word at {from}: …{text[Math.Max(0, from - 5)..(from + 5)]}");
        Assert.True(to == text.Length || text[to] is ' ' or ',', $"ends inside a word at {to}: {text[(to - 5)..(to + 5)]}…");
        Assert.NotEqual(',', text[to - 1]);
        Assert.InRange(to - from, 90, 180);
    }
}
