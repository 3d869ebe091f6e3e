using System.Text;

namespace KnowledgeSite.Rendering;

/// <summary>
/// A file of the finished site: its path relative to the output root, and its bytes. A file made
/// from all the others (the offline zip) is instead given as the way to write it, which runs only
/// when the file is written, so the build never holds a second copy of the whole site. A file
/// already written out (<see cref="IOutputSink"/>) holds only where it is, and reads its bytes back
/// when asked.
/// </summary>
public sealed class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly byte[]? _bytes;
    private readonly Action<Stream>? _write;
    private readonly string? _writtenTo;

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

    private OutputFile(string path, string writtenTo)
    {
        Path = path;
        _writtenTo = writtenTo;
    }

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    /// <summary>A file already written to <paramref name="writtenTo"/>; its bytes are read from there.</summary>
    public static OutputFile Written(string path, string writtenTo) => new(path, writtenTo);

    /// <summary>A file whose bytes are written straight to where it goes, and made in memory only when someone asks for <see cref="Bytes"/>.</summary>
    public static OutputFile Streamed(string path, Action<Stream> write) => new(path, write);

    public string Path { get; }

    /// <summary>Made from the other files when written (the zip), rather than held as bytes.</summary>
    public bool IsStreamed => _write is not null;

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The bytes; a streamed file is made anew on each call.</summary>
    public byte[] Bytes
    {
        get
        {
            if (_bytes is not null) return _bytes;
            if (_writtenTo is not null) return File.ReadAllBytes(_writtenTo);
            using var buffer = new MemoryStream();
            _write!(buffer);
            return buffer.ToArray();
        }
    }

    public void WriteTo(Stream stream)
    {
        if (_bytes is not null) stream.Write(_bytes);
        else if (_writtenTo is not null) { using var written = File.OpenRead(_writtenTo); written.CopyTo(stream); }
        else _write!(stream);
    }

    public string AsText() => Utf8.GetString(Bytes);
}
