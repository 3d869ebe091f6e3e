using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeSite.Search;

/// <summary>
/// The inverted index the browser searches, built here so the browser only stems the query.
/// Every word is indexed twice: as written (normalised: lower case, no diacritics) and by its
/// Indonesian stem, so "kompresi" finds "dikompresi" and a half-typed word finds its prefix.
/// Words in a title weigh <see cref="TitleWeight"/> times a word in the text.
/// It is written as a script (not JSON to fetch), because fetch() fails under file://.
/// </summary>
public static class SearchIndex
{
    public const int TitleWeight = 5;
    public const int SnippetSource = 2000;

    public static string ToScript(IReadOnlyList<SearchDocument> documents)
    {
        var postings = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        // Each article title once; a document refers to its article by number.
        var articles = documents.Select(d => d.Article).OfType<string>().Distinct().ToList();
        var articleNumbers = articles.Select((title, i) => (title, i)).ToDictionary(x => x.title, x => x.i, StringComparer.Ordinal);
        int ArticleNumber(string title) => articleNumbers[title];
        for (var d = 0; d < documents.Count; d++)
        {
            Add(documents[d].Title, TitleWeight, d);
            Add(documents[d].Text, 1, d);
        }

        var keys = postings.Keys.ToList();
        var json = JsonSerializer.Serialize(new
        {
            docs = documents.Select(doc => doc.Article is null
                ? new object[] { doc.Kind, doc.Title, doc.Url, Truncate(doc.Text), doc.Language }
                : [doc.Kind, doc.Title, doc.Url, Truncate(doc.Text), doc.Language, ArticleNumber(doc.Article)]),
            articles,
            keys,
            postings = keys.Select(k => postings[k].SelectMany(p => new[] { p.Key, p.Value })),
        }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        // Escape '<' so the data can never close a script element.
        return "var KnowledgeSearch = KnowledgeSearch || {};\nKnowledgeSearch.index = " + json.Replace("<", "\\u003c") + ";\n";

        void Add(string text, int weight, int doc)
        {
            foreach (var token in SearchText.Tokens(text))
                foreach (var key in new[] { token, IndonesianStemmer.Stem(token) }.Distinct())
                {
                    if (!postings.TryGetValue(key, out var docs)) postings[key] = docs = [];
                    docs[doc] = docs.GetValueOrDefault(doc) + weight;
                }
        }
    }

    private static string Truncate(string text)
    {
        if (text.Length <= SnippetSource) return text;
        var cut = text.LastIndexOf(' ', SnippetSource);
        return text[..(cut > 0 ? cut : SnippetSource)] + " …";
    }

    public static int ByteSize(string script) => Encoding.UTF8.GetByteCount(script);
}
