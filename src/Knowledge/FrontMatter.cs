using System.Globalization;
using KnowledgeSite.Pipeline;
using YamlDotNet.RepresentationModel;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// Typed access to a front matter mapping. Every problem is reported with the file and line of
/// the offending field; <see cref="RejectUnknown"/> makes sure no field an editor wrote is
/// silently ignored.
/// </summary>
public sealed class FrontMatter(YamlMappingNode node, string file, int lineOffset, string stage, Diagnostics diagnostics)
{
    public string File => file;
    public int FirstLine => lineOffset + 1;

    public static FrontMatter Empty(string file, string stage, Diagnostics diagnostics) =>
        new(new YamlMappingNode(), file, 0, stage, diagnostics);

    public bool Has(string key) => Find(key) is not null;

    public int LineOf(string key) => Find(key) is { } entry ? Line(entry.Key) : FirstLine;

    /// <summary>The field's value if it is a non-empty single value, else null; says nothing (its reader reports problems).</summary>
    public string? Peek(string key) => Find(key)?.Value is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value : null;

    public string? String(string key, bool required = false)
    {
        switch (Find(key)?.Value)
        {
            case null:
                if (required) Missing(key);
                return null;
            case YamlScalarNode { Value: var value } scalar:
                if (string.IsNullOrWhiteSpace(value))
                {
                    if (required) Error($"'{key}' is empty.", scalar, $"give '{key}' a value.");
                    return null;
                }
                return value;
            case var other:
                Error($"'{key}' must be a single value, not a list or a group of fields.", other, $"write '{key}: <value>' on one line.");
                return null;
        }
    }

    public int? Int(string key, bool required = false)
    {
        var node = Find(key)?.Value;
        var text = String(key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Error($"'{key}' must be a whole number, not \"{text}\".", node!, $"write a number such as '{key}: 3'.");
        return null;
    }

    /// <summary>A yes/no field ('true'/'false' also read); a missing field is <paramref name="absent"/>, any other value an error with <paramref name="fix"/>.</summary>
    public bool YesNo(string key, bool absent, string fix)
    {
        switch (String(key))
        {
            case null: return absent;
            case "yes" or "true": return true;
            case "no" or "false": return false;
            case var value:
                ErrorAt(key, $"'{key}' must be 'yes' or 'no', not '{value}'.", fix);
                return absent;
        }
    }

    public IReadOnlyList<(string Value, int Line)> StringList(string key, bool required = false)
    {
        switch (Find(key)?.Value)
        {
            case null:
                if (required) Missing(key);
                return [];
            case YamlScalarNode { Value: { Length: > 0 } single } scalar:
                return [(single, Line(scalar))];
            case YamlSequenceNode sequence:
                var items = new List<(string, int)>();
                foreach (var item in sequence)
                    if (item is YamlScalarNode { Value: { Length: > 0 } v }) items.Add((v, Line(item)));
                    else Error($"every item of '{key}' must be a single value.", item, "write each item as '- value'.");
                return items;
            case var other:
                Error($"'{key}' must be a list.", other, $"write each item on its own line as '- value' under '{key}:'.");
                return [];
        }
    }

    public IReadOnlyList<FrontMatter> MapList(string key, bool required = false)
    {
        switch (Find(key)?.Value)
        {
            case null:
                if (required) Missing(key);
                return [];
            case YamlSequenceNode sequence:
                var maps = new List<FrontMatter>();
                foreach (var item in sequence)
                    if (item is YamlMappingNode map) maps.Add(new FrontMatter(map, file, lineOffset, stage, diagnostics));
                    else Error($"every item of '{key}' must be a group of fields.", item, "write each item as '- field: value' with its other fields indented below it.");
                return maps;
            case var other:
                Error($"'{key}' must be a list of groups of fields.", other, $"write each item under '{key}:' as '- field: value'.");
                return [];
        }
    }

    /// <summary>Reports every field not in <paramref name="known"/>, suggesting the closest known name.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var (keyNode, _) in node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key, StringComparer.Ordinal)) continue;
            var closest = Suggest.Closest(key, known);
            Error($"unknown field '{key}'.", keyNode,
                closest is null ? $"the fields here are: {string.Join(", ", known)}." : $"did you mean '{closest}'? The fields here are: {string.Join(", ", known)}.");
        }
    }

    public void Error(string message, YamlNode at, string fix) =>
        diagnostics.Error(stage, message, file, Line(at), (int)at.Start.Column, fix);

    public void ErrorAt(string key, string message, string fix) =>
        diagnostics.Error(stage, message, file, LineOf(key), fix: fix);

    private void Missing(string key) =>
        diagnostics.Error(stage, $"the required field '{key}' is missing.", file, FirstLine,
            fix: $"add a line '{key}: …' to the front matter.");

    private int Line(YamlNode n) => (int)n.Start.Line + lineOffset;

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var entry in node.Children)
            if (entry.Key is YamlScalarNode { Value: var k } && k == key)
                return entry;
        return null;
    }
}
