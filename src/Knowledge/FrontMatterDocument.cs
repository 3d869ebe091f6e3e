using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// An input file split into its YAML front matter (between two <c>---</c> lines at the top) and
/// its Markdown body. Line numbers in diagnostics are the file's, not the YAML block's.
/// </summary>
public sealed record FrontMatterDocument(string Path, FrontMatter Fields, string Body, int BodyFirstLine)
{
    /// <param name="cache">What earlier builds made of front matter, for the preview; null reads every block.</param>
    /// <returns>The document, or null after reporting why it could not be read.</returns>
    public static FrontMatterDocument? Parse(SourceFile file, string stage, Diagnostics diagnostics, FrontMatterCache? cache = null)
    {
        var text = TextDecoder.Decode(file, stage, diagnostics);
        if (text is null) return null;

        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            return new(file.Path, FrontMatter.Empty(file.Path, stage, diagnostics), text, 1);

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Error(stage, "the front matter opened on line 1 is never closed.", file.Path, 1,
                fix: "end the YAML block with a line holding only '---'.");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        const int yamlFirstLine = 2;
        var (root, failure) = cache?.Load(yaml, LoadYaml) ?? LoadYaml(yaml);
        if (failure is not null)
        {
            var line = (int)failure.Start.Line + yamlFirstLine - 1;
            var reason = (failure.InnerException?.Message ?? failure.Message).Split(" at Line:", 2)[0].Trim();
            diagnostics.Error(stage, $"the front matter is not valid YAML: {reason}", file.Path, line, (int)failure.Start.Column,
                fix: "check the indentation and quoting on that line; a value containing ': ' or starting with a quote must be quoted as a whole.");
            return null;
        }
        YamlMappingNode mapping;
        if (root is null or YamlScalarNode { Value: null or "" })
            mapping = new YamlMappingNode();
        else if (root is YamlMappingNode m)
            mapping = m;
        else
        {
            diagnostics.Error(stage, "the front matter must be a list of 'key: value' fields.", file.Path, yamlFirstLine,
                fix: "write one field per line, such as 'title: About this site'.");
            return null;
        }

        var fields = new FrontMatter(mapping, file.Path, yamlFirstLine - 1, stage, diagnostics);
        var body = string.Join('\n', lines[(close + 1)..]);
        return new(file.Path, fields, body, close + 2);
    }

    private static YamlOutcome LoadYaml(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return new(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
        }
        catch (YamlException ex)
        {
            return new(null, ex);
        }
    }
}
