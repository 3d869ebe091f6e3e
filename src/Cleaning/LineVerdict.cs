namespace KnowledgeSite.Cleaning;

/// <summary>What the cleaner made of one raw line of a seed.</summary>
public enum LineRole
{
    Paragraph,
    Heading,
    Caption,
    Title,
    Source,
    Boilerplate,
    Duplicate,
    Blank,
}

/// <summary>
/// The verdict on one raw line, kept for the provenance page so a reader can audit the cleaning.
/// <paramref name="Text"/> is the line with whitespace collapsed; <paramref name="KeptAs"/> points
/// at the kept line a duplicate was merged into.
/// </summary>
public sealed record LineVerdict(int Number, string Text, LineRole Role, string Reason, int? KeptAs = null)
{
    public bool IsKept => Role is LineRole.Paragraph or LineRole.Heading or LineRole.Caption;
}
