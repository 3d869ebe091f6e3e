using System.Text;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Reading;

/// <summary>
/// Turns a file's bytes into text the same way everywhere: strict UTF-8 (a byte-order mark is
/// allowed and removed) and line ends normalised to LF.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null after reporting why the bytes are not UTF-8.</returns>
    public static string? Decode(SourceFile file, string stage, Diagnostics diagnostics)
    {
        var bytes = file.Bytes.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = FirstInvalidOffset(bytes);
            var line = 1 + bytes[..offset].Count((byte)'\n');
            diagnostics.Error(stage,
                $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}; {ex.Message.TrimEnd('.')}).",
                file.Path, line,
                fix: "save the file with UTF-8 encoding (in most editors: 'Save with encoding' → UTF-8).");
            return null;
        }

        return NormaliseLineEnds(text);
    }

    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return Math.Max(0, bytes.Length - 1);
    }
}
