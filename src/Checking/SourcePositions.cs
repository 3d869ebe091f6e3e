using System.Text;

namespace KnowledgeSite.Checking;

/// <summary>
/// Turns byte offsets of a UTF-8 page into 1-based lines and columns as an HTML parser counts them:
/// "\n", "\r\n" and a lone "\r" each end a line, and a column counts UTF-16 characters.
/// Asking for ever later offsets costs one pass over the page in all.
/// </summary>
internal sealed class SourcePositions(byte[] page)
{
    private int _countedTo;
    private int _line = 1;

    public int LineAt(int offset)
    {
        if (offset < _countedTo) return CountLines(0, offset) + 1;
        _line += CountLines(_countedTo, offset);
        _countedTo = offset;
        return _line;
    }

    public int ColumnAt(int offset)
    {
        var lineStart = page.AsSpan(0, offset).LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        return Encoding.UTF8.GetCharCount(page.AsSpan(lineStart, offset - lineStart)) + 1;
    }

    private int CountLines(int from, int to)
    {
        var span = page.AsSpan(from, to - from);
        var lines = span.Count((byte)'\n');
        if (span.Contains((byte)'\r'))
            for (var i = span.IndexOf((byte)'\r'); i >= 0 && i < span.Length; i++)
                if (span[i] == '\r' && (from + i + 1 >= page.Length || page[from + i + 1] != '\n'))
                    lines++;
        return lines;
    }
}
