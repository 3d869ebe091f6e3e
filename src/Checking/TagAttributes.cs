using System.Buffers;
using System.Text;

namespace KnowledgeSite.Checking;

/// <summary>
/// The attributes of the start tag <see cref="HtmlScanner"/> is reading: where each name and value
/// sits in the page, each checked as it is read (separated by whitespace, no stray '/', quotes where
/// a value needs them, no name twice, character references and NULs in values).
/// </summary>
/// <param name="error">Where a mistake is reported: its byte offset and what is wrong.</param>
/// <param name="checkReferences">Checks the character references between two offsets.</param>
internal sealed class TagAttributes(byte[] page, Action<int, string> error, Action<int, int> checkReferences)
{
    private static readonly SearchValues<byte> Whitespace = HtmlScanner.Whitespace;
    private static readonly SearchValues<byte> AttributeNameEnd = SearchValues.Create(" \t\n\r\f/>="u8);
    private static readonly SearchValues<byte> AttributeNameForbidden = SearchValues.Create("\"'<"u8);
    private static readonly SearchValues<byte> UnquotedValueEnd = SearchValues.Create(" \t\n\r\f>"u8);
    private static readonly SearchValues<byte> UnquotedValueForbidden = SearchValues.Create("\"'<=`"u8);

    private readonly record struct Attribute(int NameStart, int NameEnd, int ValueStart, int ValueEnd)
    {
        public bool HasValue => ValueStart >= 0;
    }

    private readonly List<Attribute> _attributes = [];

    public int Count => _attributes.Count;

    public bool Has(ReadOnlySpan<byte> attributeName) => IndexOf(attributeName) >= 0;

    /// <summary>Reads the attributes of the start tag whose name ends at <paramref name="at"/>, forgetting the last tag's.</summary>
    /// <returns>Whether the tag ends before the page does, whether it ends in "/&gt;", and the position after it.</returns>
    public (bool Complete, bool SelfClosing, int End) Read(int at)
    {
        _attributes.Clear();
        var afterQuotedValue = false;
        while (true)
        {
            var whitespaceStart = at;
            while (at < page.Length && Whitespace.Contains(page[at])) at++;
            if (at >= page.Length) return (false, false, at);
            var c = page[at];
            if (c == '>') return (true, false, at + 1);
            if (c == '/')
            {
                if (At(at + 1) == '>') return (true, true, at + 2);
                error(at, "a '/' inside a tag must come right before its '>'");
                at++;
                afterQuotedValue = false;
                continue;
            }
            if (afterQuotedValue && at == whitespaceStart) error(at, "attributes must be separated by whitespace");
            afterQuotedValue = false;

            var nameStart = at;
            if (c == '=')
            {
                error(at, "an attribute name cannot start with '='");
                at++;
            }
            var nameLength = page.AsSpan(at).IndexOfAny(AttributeNameEnd);
            at = nameLength < 0 ? page.Length : at + nameLength;
            var nameEnd = at;
            var badName = page.AsSpan(nameStart, nameEnd - nameStart).IndexOfAny(AttributeNameForbidden);
            if (badName >= 0) error(nameStart + badName, "an attribute name cannot hold \" ' or <");

            int valueStart = -1, valueEnd = -1;
            var afterName = at;
            while (at < page.Length && Whitespace.Contains(page[at])) at++;
            if (At(at) == '=')
            {
                at++;
                while (at < page.Length && Whitespace.Contains(page[at])) at++;
                if (at >= page.Length) return (false, false, at);
                var quote = page[at];
                if (quote is (byte)'"' or (byte)'\'')
                {
                    var close = page.AsSpan(at + 1).IndexOf(quote);
                    if (close < 0) return (false, false, page.Length);
                    (valueStart, valueEnd) = (at + 1, at + 1 + close);
                    at = valueEnd + 1;
                    afterQuotedValue = true;
                }
                else if (quote == '>')
                {
                    error(at, $"the attribute \"{Encoding.UTF8.GetString(page.AsSpan(nameStart, nameEnd - nameStart))}\" has '=' but no value");
                    (valueStart, valueEnd) = (at, at);
                }
                else
                {
                    var length = page.AsSpan(at).IndexOfAny(UnquotedValueEnd);
                    (valueStart, valueEnd) = (at, length < 0 ? page.Length : at + length);
                    at = valueEnd;
                    var bad = page.AsSpan(valueStart, valueEnd - valueStart).IndexOfAny(UnquotedValueForbidden);
                    if (bad >= 0) error(valueStart + bad, "an unquoted attribute value cannot hold \" ' < = or `; put the value in quotes");
                }
                checkReferences(valueStart, valueEnd);
                if (page.AsSpan(valueStart, valueEnd - valueStart).Contains((byte)0)) error(valueStart, "the attribute value holds a NUL character");
            }
            else at = afterName;

            var attribute = new Attribute(nameStart, nameEnd, valueStart, valueEnd);
            if (IndexOf(page.AsSpan(nameStart, nameEnd - nameStart)) >= 0)
                error(nameStart, $"the attribute \"{Encoding.UTF8.GetString(page.AsSpan(nameStart, nameEnd - nameStart))}\" appears twice in one tag");
            else
                _attributes.Add(attribute);
        }
    }

    private int IndexOf(ReadOnlySpan<byte> attributeName)
    {
        for (var i = 0; i < _attributes.Count; i++)
            if (Ascii.EqualsIgnoreCase(page.AsSpan(_attributes[i].NameStart, _attributes[i].NameEnd - _attributes[i].NameStart), attributeName))
                return i;
        return -1;
    }

    /// <summary>The value of an attribute of the current tag, with its character references decoded; null if absent.</summary>
    public string? Value(ReadOnlySpan<byte> attributeName)
    {
        var index = IndexOf(attributeName);
        if (index < 0) return null;
        var a = _attributes[index];
        return a.HasValue ? CharacterReferences.Decode(page.AsSpan(a.ValueStart, a.ValueEnd - a.ValueStart)) : "";
    }

    private int At(int offset) => offset < page.Length ? page[offset] : -1;
}
