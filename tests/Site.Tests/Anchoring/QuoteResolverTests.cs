using KnowledgeSite.Anchoring;
using KnowledgeSite.Articles;
using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Tests.Anchoring;

public class QuoteResolverTests
{
    private static readonly Article Article = ArticleBuilder.Build(SeedCleaner.Clean("seeds/t.txt", """
        Judul Uji
        Sumber: Media Uji
        Model besar sumber tertutup lebih andal. Model besar sumber terbuka lebih murah.
        **Bagian kedua**
        Pengguna memilih model besar sumber terbuka karena gratis.
        Paragraf ini cukup panjang dan berakhir di sini tanpa tanda titik
        dan paragraf ini mulai di sini.
        """));

    private static QuoteResolution Resolve(string exact, string? prefix = null, string? suffix = null, bool many = false) =>
        QuoteResolver.Resolve([Article], QuoteSelector.Create(exact, prefix, suffix, "input/x.md", 7), many);

    [Fact]
    public void An_exact_quote_resolves_to_its_paragraph_and_character_range()
    {
        var result = Resolve("lebih andal");

        var location = Assert.Single(result.Locations);
        Assert.Equal(1, location.Paragraph!.Number);
        Assert.Equal("lebih andal", location.Unit.Text.Substring(location.Start, location.Length));
    }

    [Fact]
    public void Whitespace_in_the_quote_may_differ_from_the_article()
    {
        var result = Resolve("  Pengguna   memilih\n model ");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Locations.Single().Paragraph!.Number);
    }

    [Fact]
    public void A_quote_that_occurs_twice_is_ambiguous_and_names_both_places()
    {
        var result = Resolve("sumber terbuka");

        Assert.False(result.Succeeded);
        Assert.Contains("occurs 2 times", result.Problem);
        Assert.Contains("¶1", result.Problem);
        Assert.Contains("¶2", result.Problem);
        Assert.Contains("prefix", result.Fix);
    }

    [Theory]
    [InlineData("Model besar sumber terbuka", null, null, 1)]        // case tells them apart
    [InlineData("model besar sumber terbuka", "memilih ", null, 2)]
    [InlineData("sumber terbuka", null, " lebih murah", 1)]
    [InlineData("sumber terbuka", null, " karena", 2)]
    public void Prefix_and_suffix_pick_one_occurrence(string exact, string? prefix, string? suffix, int paragraph)
    {
        var result = Resolve(exact, prefix, suffix);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(paragraph, result.Locations.Single().Paragraph!.Number);
    }

    [Fact]
    public void A_prefix_that_does_not_fit_is_reported_as_such()
    {
        var result = Resolve("lebih andal", prefix: "tertutup sangat ");

        Assert.Contains("not with the given prefix/suffix", result.Problem);
    }

    [Fact]
    public void A_quote_spanning_two_paragraphs_is_refused_with_both_named()
    {
        var result = Resolve("tanpa tanda titik dan paragraf ini");

        Assert.False(result.Succeeded);
        Assert.Contains("across two paragraphs", result.Problem);
        Assert.Contains("¶3 and ¶4", result.Problem);
    }

    [Fact]
    public void A_quote_not_in_the_article_points_to_the_closest_text()
    {
        var result = Resolve("Pengguna memilih model kecil");

        Assert.False(result.Succeeded);
        Assert.Contains("not in the article", result.Problem);
        Assert.Contains("¶2", result.Problem);
    }

    [Fact]
    public void Headings_and_the_title_can_be_quoted_too()
    {
        Assert.Equal(TextUnitKind.Heading, Resolve("Bagian kedua").Locations.Single().Unit.Kind);
        Assert.Equal(TextUnitKind.Title, Resolve("Judul Uji").Locations.Single().Unit.Kind);
        Assert.Equal(TextUnitKind.Source, Resolve("Media Uji").Locations.Single().Unit.Kind);
    }

    [Fact]
    public void Many_occurrences_are_all_returned_when_allowed()
    {
        Assert.Equal(3, Resolve("sumber", many: true).Locations.Count);
    }
}
