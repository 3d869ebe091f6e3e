using System.Text;

namespace KnowledgeSite.Rendering;

/// <summary>
/// A file of the finished site: its path relative to the output root, and its bytes. A file made
/// from all the others (the offline zip) is instead given as the way to write it, which runs only
/// when the file is written, so the build never holds a second copy of the whole site.
/// </summary>
public sealed class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly byte[]? _bytes;
    private readonly Action<Stream>? _write;

    public OutputFile(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    private OutputFile(string path, Action<Stream> write)
    {
        Path = path;
        _write = write;
    }

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    /// <summary>A file whose bytes are written straight to where it goes, and made in memory only when someone asks for <see cref="Bytes"/>.</summary>
    public static OutputFile Streamed(string path, Action<Stream> write) => new(path, write);

    public string Path { get; }

    /// <summary>Made from the other files when written (the zip), rather than held as bytes.</summary>
    public bool IsStreamed => _bytes is null;

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The bytes; a streamed file is made anew on each call.</summary>
    public byte[] Bytes
    {
        get
        {
            if (_bytes is not null) return _bytes;
            using var buffer = new MemoryStream();
            _write!(buffer);
            return buffer.ToArray();
        }
    }

    public void WriteTo(Stream stream)
    {
        if (_bytes is not null) stream.Write(_bytes);
        else _write!(stream);
    }

    public string AsText() => Utf8.GetString(Bytes);
}
