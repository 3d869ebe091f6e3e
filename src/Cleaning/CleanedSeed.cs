namespace KnowledgeSite.Cleaning;

/// <summary>A raw line the cleaner kept as article content, before it is turned into sections.</summary>
public sealed record KeptLine(int Number, string Text, LineRole Role);

/// <summary>Line ranges of the two copies of a duplicated scrape.</summary>
public sealed record CopyRanges(int FirstStart, int FirstEnd, int SecondStart, int SecondEnd, int MatchedLines);

/// <summary>The cleaner's result for one seed: what it kept, and a verdict on every raw line.</summary>
public sealed record CleanedSeed(
    string SeedPath,
    string? Title,
    string? Outlet,
    string? Disclaimer,
    IReadOnlyList<KeptLine> Content,
    IReadOnlyList<LineVerdict> Verdicts,
    CopyRanges? Copies)
{
    public int Count(LineRole role) => Verdicts.Count(v => v.Role == role);
}
