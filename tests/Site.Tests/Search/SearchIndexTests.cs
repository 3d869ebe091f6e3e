using System.Text.Json;
using KnowledgeSite.Search;

namespace KnowledgeSite.Tests.Search;

public class SearchIndexTests
{
    private static JsonElement Index(params SearchDocument[] documents)
    {
        var script = SearchIndex.ToScript(documents);
        var json = script[(script.IndexOf("KnowledgeSearch.index = ", StringComparison.Ordinal) + "KnowledgeSearch.index = ".Length)..].TrimEnd().TrimEnd(';');
        return JsonDocument.Parse(json).RootElement;
    }

    private static IReadOnlyList<int> DocsFor(JsonElement index, string key)
    {
        var keys = index.GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ToList();
        var at = keys.IndexOf(key);
        if (at < 0) return [];
        var postings = index.GetProperty("postings")[at].EnumerateArray().Select(e => e.GetInt32()).ToList();
        return postings.Where((_, i) => i % 2 == 0).ToList();
    }

    [Fact]
    public void Words_are_indexed_by_their_form_and_by_their_indonesian_stem()
    {
        var index = Index(
            new SearchDocument("Paragraph", "¶1", "a.html#p-1", "Perusahaan mendapat keuntungan dari model yang dikompresi.", "id"),
            new SearchDocument("Term", "Untung", "t.html", "Profit.", "en"));

        Assert.Equal([0], DocsFor(index, "keuntungan"));
        Assert.Equal([0, 1], DocsFor(index, IndonesianStemmer.Stem("keuntungan")));
        Assert.Equal([0], DocsFor(index, IndonesianStemmer.Stem("kompresi")));
    }

    [Fact]
    public void Keys_are_sorted_so_the_browser_can_find_prefixes_by_binary_search()
    {
        var index = Index(new SearchDocument("Page", "Zebra apel", "p.html", "mangga Éclair", "en"));
        var keys = index.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();

        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Contains("eclair", keys);   // diacritics removed, lower case
    }

    [Fact]
    public void Text_from_the_article_cannot_close_the_script_it_is_stored_in()
    {
        var script = SearchIndex.ToScript([new SearchDocument("Paragraph", "t", "a.html", "a </script><script>alert(1)</script> b", "id")]);

        Assert.DoesNotContain("</script>", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", script, StringComparison.OrdinalIgnoreCase);
    }
}
