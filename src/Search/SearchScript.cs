using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeSite.Search;

/// <summary>
/// One file of the search index as the browser loads it: a script (not JSON to fetch, because
/// fetch() fails under file://) that hands its data to theme/assets/search.js by name.
/// </summary>
public static class SearchScript
{
    private const string Call = "KnowledgeSearch.receive(";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="json">The data, as JSON built with <see cref="String"/> for every string in it.</param>
    public static string Write(string name, string json) => $"{Call}{String(name)}, {json});\n";

    /// <summary>A string as JSON, with '&lt;' escaped so the data can never close a script element.</summary>
    public static string String(string value) => JsonSerializer.Serialize(value, Options).Replace("<", "\\u003c");

    public static string Strings(IEnumerable<string> values) => "[" + string.Join(",", values.Select(String)) + "]";

    /// <summary>The name and data of a script written by <see cref="Write"/>, as the browser would receive them.</summary>
    public static (string Name, JsonElement Data) Read(string script)
    {
        if (!script.StartsWith(Call, StringComparison.Ordinal) || !script.EndsWith(");\n", StringComparison.Ordinal))
            throw new FormatException("not a search index script");
        using var arguments = JsonDocument.Parse("[" + script[Call.Length..^3] + "]");
        return (arguments.RootElement[0].GetString()!, arguments.RootElement[1].Clone());
    }
}
