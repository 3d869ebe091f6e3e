using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeSite.Search;

/// <summary>A search index file's bytes, and where in them its data (JSON) starts.</summary>
public sealed record ScriptPiece(string Name, byte[] Script, int JsonStart)
{
    public ReadOnlySpan<byte> Json => Script.AsSpan(JsonStart, Script.Length - JsonStart - SearchScript.End.Length);
}

/// <summary>
/// One file of the search index as the browser loads it: a script (not JSON to fetch, because
/// fetch() fails under file://) that hands its data to theme/assets/search.js by name.
/// </summary>
public static class SearchScript
{
    private const string Call = "KnowledgeSearch.receive(";
    internal const string End = ");\n";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A string is written with the JSON writer itself, as the serializer would write it: the serializer's
    // first call sets up a converter for every built-in type, about a hundred methods for the JIT to compile
    // on every build (the shipped site's build 0.68 -> 0.66 s).
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>A script that hands the data <paramref name="writeJson"/> writes to the browser under <paramref name="name"/>.</summary>
    /// <param name="writeJson">Writes the data as JSON, each string as <see cref="ScriptBytes.String"/> writes it; it must not start a script of its own.</param>
    public static ScriptPiece Compose(string name, Action<ScriptBytes> writeJson)
    {
        var script = ScriptBytes.Start().Ascii(Call).String(name).Ascii(", ");
        var start = script.Length;
        writeJson(script);
        return new ScriptPiece(name, script.Ascii(End).ToArray(), start);
    }

    /// <summary>A string as JSON, with '&lt;' escaped so the data can never close a script element.</summary>
    public static string String(string value) => Encoding.UTF8.GetString(Utf8String(value)).Replace("<", "\\u003c");

    /// <summary>A string as JSON in UTF-8, '&lt;' not yet escaped; valid until the next call on this thread.</summary>
    internal static ReadOnlySpan<byte> Utf8String(string value)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        writer.WriteStringValue(value);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    public static string Strings(IEnumerable<string> values) => "[" + string.Join(",", values.Select(String)) + "]";

    /// <summary>The name and data of a script made by <see cref="Compose"/>, as the browser would receive them.</summary>
    public static (string Name, JsonElement Data) Read(string script)
    {
        if (!script.StartsWith(Call, StringComparison.Ordinal) || !script.EndsWith(End, StringComparison.Ordinal))
            throw new FormatException("not a search index script");
        using var arguments = JsonDocument.Parse("[" + script[Call.Length..^End.Length] + "]");
        return (arguments.RootElement[0].GetString()!, arguments.RootElement[1].Clone());
    }
}

/// <summary>
/// A search index file composed straight into UTF-8, in a buffer each thread reuses: the largest
/// pieces of a 10,000-article index are hundreds of kilobytes, and composed as strings each was
/// copied four or five times, every copy a large object that only a full collection frees.
/// </summary>
public sealed class ScriptBytes
{
    [ThreadStatic] private static ScriptBytes? t_current;

    private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);

    private ScriptBytes() { }

    /// <summary>This thread's buffer, emptied. One piece at a time: starting another discards the first.</summary>
    public static ScriptBytes Start()
    {
        var script = t_current ??= new ScriptBytes();
        script._bytes.ResetWrittenCount();
        return script;
    }

    public int Length => _bytes.WrittenCount;

    public ScriptBytes Ascii(string text)
    {
        var span = _bytes.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        _bytes.Advance(text.Length);
        return this;
    }

    public ScriptBytes Utf8(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_bytes.GetSpan(bytes.Length));
        _bytes.Advance(bytes.Length);
        return this;
    }

    public ScriptBytes Number(int value)
    {
        var span = _bytes.GetSpan(11);
        value.TryFormat(span, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        _bytes.Advance(written);
        return this;
    }

    /// <summary>A string as <see cref="SearchScript.String"/> writes it.</summary>
    public ScriptBytes String(string value)
    {
        var json = SearchScript.Utf8String(value);
        for (var at = json.IndexOf((byte)'<'); at >= 0; at = json.IndexOf((byte)'<'))
        {
            Utf8(json[..at]).Ascii("\\u003c");
            json = json[(at + 1)..];
        }
        return Utf8(json);
    }

    /// <summary>Text that is already JSON (made of <see cref="SearchScript.String"/>'s strings), in UTF-8.</summary>
    public ScriptBytes Json(string json)
    {
        var span = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(json.Length));
        _bytes.Advance(Encoding.UTF8.GetBytes(json, span));
        return this;
    }

    /// <summary>Strings as a JSON array, as <see cref="SearchScript.Strings"/> writes them.</summary>
    public ScriptBytes Strings(IEnumerable<string> values)
    {
        Ascii("[");
        var first = true;
        foreach (var value in values)
        {
            if (!first) Ascii(",");
            String(value);
            first = false;
        }
        return Ascii("]");
    }

    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();
}
