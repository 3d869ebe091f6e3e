using KnowledgeSite.Search;

namespace KnowledgeSite.Tests.Search;

public class SearchIndexTests
{
    private static IReadOnlyList<int> DocsFor(InvertedIndex index, string key) =>
        index.Find(key)?.Entries.Select(e => e.Doc).ToList() ?? [];

    [Fact]
    public void Words_are_indexed_by_their_form_and_by_their_indonesian_stem()
    {
        var index = InvertedIndex.Build([
            new SearchDocument("Paragraph", "¶1", "a.html#p-1", "Perusahaan mendapat keuntungan dari model yang dikompresi.", "id"),
            new SearchDocument("Term", "Untung", "t.html", "Profit.", "en")]);

        Assert.Equal([0], DocsFor(index, "keuntungan"));
        Assert.Equal([0, 1], DocsFor(index, IndonesianStemmer.Stem("keuntungan")));
        Assert.Equal([0], DocsFor(index, IndonesianStemmer.Stem("kompresi")));
    }

    [Fact]
    public void A_word_in_a_title_weighs_more_than_in_the_text()
    {
        var index = InvertedIndex.Build([
            new SearchDocument("Page", "Harga", "p.html", "Tentang pasar.", "en"),
            new SearchDocument("Page", "Pasar", "q.html", "Tentang harga.", "en")]);

        Assert.Equal([(0, InvertedIndex.TitleWeight), (1, 1)], index.Find("harga")!.Entries);
    }

    [Fact]
    public void Keys_are_sorted_so_the_browser_can_find_prefixes_by_binary_search()
    {
        var index = InvertedIndex.Build([new SearchDocument("Page", "Zebra apel", "p.html", "mangga Éclair", "en")]);

        Assert.Equal(index.Keys.Order(StringComparer.Ordinal), index.Keys);
        Assert.Contains("eclair", index.Keys);   // diacritics removed, lower case
    }

    [Fact]
    public void Text_from_the_article_cannot_close_the_script_it_is_stored_in()
    {
        var files = SearchIndexFiles.Write([new SearchDocument("Paragraph", "t", "a.html", "a </script><script>alert(1)</script> b", "id", "</script>")], SearchShardSizes.Default);

        Assert.All(files, file =>
        {
            Assert.DoesNotContain("</script>", file.AsText(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", file.AsText(), StringComparison.OrdinalIgnoreCase);
        });
    }
}
