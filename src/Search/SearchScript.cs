using System.Buffers;
using System.Text;
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

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A string is written with the JSON writer itself, as the serializer would write it: the serializer's
    // first call sets up a converter for every built-in type, about a hundred methods for the JIT to compile
    // on every build (the shipped site's build 0.68 -> 0.66 s).
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <param name="json">The data, as JSON built with <see cref="String"/> for every string in it.</param>
    public static string Write(string name, string json) => $"{Call}{String(name)}, {json});\n";

    /// <summary>A string as JSON, with '&lt;' escaped so the data can never close a script element.</summary>
    public static string String(string value)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        writer.WriteStringValue(value);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("<", "\\u003c");
    }

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
