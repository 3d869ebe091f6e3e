using KnowledgeSite.Articles;
using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Tests.Articles;

public class AnchorSchemeTests
{
    private static Article Build(string text) => ArticleBuilder.Build(SeedCleaner.Clean("seeds/t.txt", text));

    [Fact]
    public void A_paragraph_keeps_its_anchor_when_other_paragraphs_change()
    {
        var before = Build("Pertama.\nKedua yang tetap.\nKetiga.");
        var after = Build("Paragraf baru di depan.\nPertama, diubah.\nKedua yang tetap.");

        Assert.Equal(before.Paragraphs.Single(p => p.Text == "Kedua yang tetap.").Anchor,
                     after.Paragraphs.Single(p => p.Text == "Kedua yang tetap.").Anchor);
    }

    [Fact]
    public void Paragraphs_with_the_same_text_get_distinct_anchors_in_article_order()
    {
        var article = Build("Sama.\nLain.\nSama.");
        var anchors = article.Paragraphs.Select(p => p.Anchor).ToList();

        Assert.Equal(anchors[0] + "-2", anchors[2]);
        Assert.Equal(3, anchors.Distinct().Count());
        Assert.All(anchors, a => Assert.Matches("^p-[0-9a-f]{6}(-[0-9]+)?$", a));
    }

    [Theory]
    [InlineData("Biskuit sandwich, mau kemana?", "biskuit-sandwich-mau-kemana")]
    [InlineData("Éléphant  & Co.", "elephant-co")]
    [InlineData("***", "fallback")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string text, string slug) =>
        Assert.Equal(slug, AnchorScheme.Slug(text, fallback: "fallback"));

    [Fact]
    public void Numbering_counts_paragraphs_only()
    {
        var article = Build("Satu.\n**Judul**\nDua.\n(Keterangan gambar)\nTiga.");

        Assert.Equal([1, 2, 3], article.Paragraphs.Select(p => p.Number));
    }
}
