using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Articles;

/// <summary>
/// A block of article text: a body paragraph or an image caption. Blocks, units and articles
/// compare by identity: two paragraphs with the same words in two articles are not the same
/// paragraph, and they serve as dictionary keys.
/// </summary>
public abstract record Block(int SourceLine, string Text)
{
    public virtual bool Equals(Block? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

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
    public bool Equals(Article? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public string SeedPath => Cleaning.SeedPath;
    public IEnumerable<Paragraph> Paragraphs => Sections.SelectMany(s => s.Paragraphs);
    public IEnumerable<Caption> Captions => Sections.SelectMany(s => s.Blocks.OfType<Caption>());
    public IEnumerable<Section> HeadedSections => Sections.Where(s => s.Heading is not null);

    private IReadOnlyList<TextUnit>? _units;
    /// <summary>The text editorial quotes may point into, in reading order.</summary>
    public IReadOnlyList<TextUnit> Units => _units ??= TextUnits.Of(this);

    private Dictionary<string, TextUnit>? _unitsByAnchor;
    /// <summary>The unit shown by the element with this id on the article page.</summary>
    public TextUnit Unit(string anchor) => (_unitsByAnchor ??= Units.ToDictionary(u => u.Anchor, StringComparer.Ordinal))[anchor];

    public Section SectionOf(Paragraph paragraph) => Sections.First(s => s.Blocks.Contains(paragraph));
}
