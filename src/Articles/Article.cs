using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Articles;

/// <summary>A block of article text: a body paragraph or an image caption.</summary>
public abstract record Block(int SourceLine, string Text);

/// <summary>A body paragraph with its number in the article (¶1, ¶2 …) and its permanent anchor.</summary>
public sealed record Paragraph(int Number, string Anchor, int SourceLine, string Text) : Block(SourceLine, Text);

/// <summary>An image caption whose image the scrape did not carry.</summary>
public sealed record Caption(int SourceLine, string Text, string Anchor) : Block(SourceLine, Text);

/// <summary>A section of the article; the opening section has no heading.</summary>
public sealed record Section(string Anchor, string? Heading, int? HeadingLine, IReadOnlyList<Block> Blocks)
{
    public IEnumerable<Paragraph> Paragraphs => Blocks.OfType<Paragraph>();
    public string HeadingAnchor => Anchor + "-h";
}

/// <summary>One cleaned article, the unit every later stage works on.</summary>
public sealed record Article(
    string Slug,
    string Title,
    bool TitleFromScrape,
    string? Outlet,
    string? Disclaimer,
    IReadOnlyList<Section> Sections,
    CleanedSeed Cleaning)
{
    public string SeedPath => Cleaning.SeedPath;
    public IEnumerable<Paragraph> Paragraphs => Sections.SelectMany(s => s.Paragraphs);
    public IEnumerable<Caption> Captions => Sections.SelectMany(s => s.Blocks.OfType<Caption>());
    public IEnumerable<Section> HeadedSections => Sections.Where(s => s.Heading is not null);

    private IReadOnlyList<TextUnit>? _units;
    /// <summary>The text editorial quotes may point into, in reading order.</summary>
    public IReadOnlyList<TextUnit> Units => _units ??= TextUnits.Of(this);

    public Section SectionOf(Paragraph paragraph) => Sections.First(s => s.Blocks.Contains(paragraph));
}
