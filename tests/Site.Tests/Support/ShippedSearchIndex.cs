using System.Text.Json;
using KnowledgeSite.Search;

namespace KnowledgeSite.Tests.Support;

/// <summary>A document as the browser reads it back from the index's files.</summary>
public sealed record ShippedDocument(string Kind, string Title, string Url, string Text, string Language, string? Article);

/// <summary>The search index a built site ships, read back from its files the way theme/assets/search.js reads them.</summary>
public sealed record ShippedSearchIndex(JsonElement Manifest, IReadOnlyList<string> Keys, IReadOnlyList<ShippedDocument> Documents)
{
    /// <param name="file">The text of an output file, by its path from the output root.</param>
    public static ShippedSearchIndex Read(Func<string, string> file)
    {
        JsonElement Script(string name)
        {
            var (received, data) = SearchScript.Read(file(SearchIndexFiles.PathOf(name)));
            Assert.Equal(name, received);
            return data;
        }

        var manifest = Script(SearchIndexFiles.Manifest);
        JsonElement Load(string name) => manifest.GetProperty("included").TryGetProperty(name, out var piece) ? piece : Script(name);
        var keys = Enumerable.Range(0, manifest.GetProperty("runs").GetArrayLength())
            .SelectMany(i => Load($"terms-{i}").GetProperty("keys").EnumerateArray().Select(k => k.GetString()!)).ToList();
        var documents = Enumerable.Range(0, manifest.GetProperty("chunks").GetArrayLength())
            .SelectMany(i => DocumentsOf(Load($"docs-{i}"))).ToList();
        return new ShippedSearchIndex(manifest, keys, documents);
    }

    /// <summary>The documents of a chunk, or of those a prefix summary carries.</summary>
    public static IEnumerable<ShippedDocument> DocumentsOf(JsonElement list)
    {
        var articles = list.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToList();
        return list.GetProperty("docs").EnumerateArray().Select(d => new ShippedDocument(d[0].GetString()!, d[1].GetString()!, d[2].GetString()!,
            d[3].GetString()!, d[4].GetString()!, d.GetArrayLength() > 5 ? articles[d[5].GetInt32()] : null)).ToList();
    }
}
