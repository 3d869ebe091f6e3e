using System.Text;

namespace KnowledgeSite.Search;

/// <summary>
/// Documents as the browser reads them, [kind, title, url, text, language, article], where the
/// article (absent for site-wide pages and terms) is a number into the list's own titles.
/// </summary>
public sealed class DocumentList
{
    /// <summary>How much of a document's text the index keeps, for the snippet around the first match.</summary>
    public const int SnippetSource = 2000;

    private readonly List<string> articles = [];
    private readonly Dictionary<string, int> articleNumbers = new(StringComparer.Ordinal);
    private readonly List<string> docs = [];
    private (SearchDocument Doc, string Entry, long Bytes)? measured;

    public int Count => docs.Count;

    public long Bytes { get; private set; }

    public void WriteJson(ScriptBytes script)
    {
        script.Ascii("{\"articles\":").Strings(articles).Ascii(",\"docs\":[");
        for (var i = 0; i < docs.Count; i++)
        {
            if (i > 0) script.Ascii(",");
            script.Json(docs[i]);
        }
        script.Ascii("]}");
    }

    /// <summary>How many bytes adding <paramref name="doc"/> would add.</summary>
    public long SizeOf(SearchDocument doc) => Measure(doc).Bytes;

    public void Add(SearchDocument doc)
    {
        var (_, entry, bytes) = Measure(doc);
        Bytes += bytes;
        var article = ArticleNumber(doc.Article);
        if (article == articles.Count)
        {
            articleNumbers[doc.Article!] = article;
            articles.Add(doc.Article!);
        }
        docs.Add(entry);
    }

    /// <summary>The document's entry and what it adds; remembered, since adding usually follows measuring.</summary>
    private (SearchDocument Doc, string Entry, long Bytes) Measure(SearchDocument doc)
    {
        if (measured is { } known && ReferenceEquals(known.Doc, doc)) return known;
        var article = ArticleNumber(doc.Article);
        var entry = Entry(doc, article);
        var bytes = Encoding.UTF8.GetByteCount(entry) + 1
            + (article == articles.Count ? Encoding.UTF8.GetByteCount(SearchScript.String(doc.Article!)) + 1 : 0);
        measured = (doc, entry, bytes);
        return measured.Value;
    }

    /// <summary>The article's number in this list, the next number for one not in it yet, -1 for none.</summary>
    private int ArticleNumber(string? article) =>
        article is null ? -1 : articleNumbers.TryGetValue(article, out var at) ? at : articles.Count;

    private static string Entry(SearchDocument doc, int article) =>
        $"[{SearchScript.String(doc.Kind)},{SearchScript.String(doc.Title)},{SearchScript.String(doc.Url)},{SearchScript.String(Truncate(doc.Text))},{SearchScript.String(doc.Language)}"
        + (article < 0 ? "]" : $",{article}]");

    private static string Truncate(string text)
    {
        if (text.Length <= SnippetSource) return text;
        var cut = text.LastIndexOf(' ', SnippetSource);
        return text[..(cut > 0 ? cut : SnippetSource)] + " …";
    }
}

/// <summary>Consecutive documents from <see cref="First"/> on, written as one file.</summary>
public sealed record DocumentChunk(int First, DocumentList Documents);

/// <summary>The documents cut into chunks, so that showing a result loads its chunk only, not every document's text.</summary>
public static class DocumentChunks
{
    public static IReadOnlyList<DocumentChunk> Cut(IReadOnlyList<SearchDocument> documents, int budget)
    {
        var chunks = new List<DocumentChunk>();
        var chunk = new DocumentChunk(0, new DocumentList());
        for (var d = 0; d < documents.Count; d++)
        {
            if (chunk.Documents.Count > 0 && chunk.Documents.Bytes + chunk.Documents.SizeOf(documents[d]) > budget)
            {
                chunks.Add(chunk);
                chunk = new DocumentChunk(d, new DocumentList());
            }
            chunk.Documents.Add(documents[d]);
        }
        if (chunk.Documents.Count > 0) chunks.Add(chunk);
        return chunks;
    }
}
