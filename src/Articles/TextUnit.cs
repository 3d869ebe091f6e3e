namespace KnowledgeSite.Articles;

public enum TextUnitKind { Title, Source, Heading, Paragraph, Caption }

/// <summary>
/// A run of article text that editorial quotes can point into, with the id of the element that
/// shows it on the article page. Quotes never cross from one unit into the next.
/// </summary>
public sealed record TextUnit(TextUnitKind Kind, string Anchor, string Text, Paragraph? Paragraph = null)
{
    public bool Equals(TextUnit? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>How a reader would cite the unit: "¶12", "the title", "heading …".</summary>
    public string Label => Kind switch
    {
        TextUnitKind.Paragraph => "¶" + Paragraph!.Number,
        TextUnitKind.Title => "the title",
        TextUnitKind.Source => "the source line",
        TextUnitKind.Heading => $"the heading \"{Text}\"",
        _ => "the image caption",
    };
}

public static class TextUnits
{
    public const string TitleAnchor = "title";
    public const string SourceAnchor = "source";

    /// <summary>Every unit of the article in reading order: title, source, then headings, paragraphs and captions.</summary>
    public static IReadOnlyList<TextUnit> Of(Article article)
    {
        var units = new List<TextUnit> { new(TextUnitKind.Title, TitleAnchor, article.Title) };
        if (article.Outlet is not null) units.Add(new(TextUnitKind.Source, SourceAnchor, article.Outlet));
        foreach (var section in article.Sections)
        {
            if (section.Heading is not null) units.Add(new(TextUnitKind.Heading, section.HeadingAnchor, section.Heading));
            foreach (var block in section.Blocks)
                units.Add(block switch
                {
                    Paragraph p => new TextUnit(TextUnitKind.Paragraph, p.Anchor, p.Text, p),
                    Caption c => new TextUnit(TextUnitKind.Caption, c.Anchor, c.Text),
                    _ => throw new InvalidOperationException("unknown block " + block.GetType().Name),
                });
        }
        return units;
    }
}
