using System.Text.RegularExpressions;
using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Readings;

/// <summary>Reads one input/articles/&lt;article&gt;/paragraphs/&lt;anchor&gt;.md file; the file's name picks the paragraph.</summary>
public static partial class ParagraphReader
{
    public static readonly string[] Fields = ["reviewed", "clearer"];

    public static ParagraphReading? Read(FrontMatterDocument doc, Article article, string stage, Diagnostics diagnostics)
    {
        var f = doc.Fields;
        f.RejectUnknown(Fields);
        var anchor = InputKinds.Stem(doc.Path);
        var unit = article.Units.FirstOrDefault(u => u.Anchor == anchor && u.Kind != TextUnitKind.Source);
        var reviewed = f.YesNo("reviewed", absent: false,
            "write 'reviewed: yes' once every sentence of the paragraph has been checked for translation artifacts.");
        var clearer = f.String("clearer") is { } text ? Collapse(text) : null;
        if (unit is null)
        {
            var closest = Suggest.Closest(anchor, article.Units.Select(u => u.Anchor));
            diagnostics.Error(stage, $"\"{article.Title}\" has no paragraph, heading or caption with the anchor '{anchor}'.", doc.Path, 1,
                fix: (closest is null ? "" : $"did you mean '{closest}'? ")
                     + "name the file after the anchor in the paragraph's ¶ link (such as p-4b40b3.md; a heading's is its section id plus '-h').");
            return null;
        }
        var gist = Collapse(doc.Body);
        return new ParagraphReading(unit, reviewed, clearer, f.LineOf("clearer"), gist.Length == 0 ? null : gist, doc.Path);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
