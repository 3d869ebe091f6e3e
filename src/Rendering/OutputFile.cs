using System.Text;

namespace KnowledgeSite.Rendering;

/// <summary>A file of the finished site: its path relative to the output root, and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    public string AsText() => Utf8.GetString(Bytes);
}
