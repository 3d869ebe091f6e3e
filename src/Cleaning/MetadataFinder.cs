namespace KnowledgeSite.Cleaning;

/// <summary>
/// First cleaning pass: marks blank lines, the aggregator's boilerplate, the source line and the
/// title before it. Whatever it leaves unmarked is article content.
/// </summary>
public static class MetadataFinder
{
    public sealed record Result(LineVerdict?[] Verdicts, string? Title, string? Outlet, string? Disclaimer);

    public static Result Mark(IReadOnlyList<string> lines)
    {
        var verdicts = new LineVerdict?[lines.Count];
        string? title = null, outlet = null, disclaimer = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            if (text.Length == 0)
            {
                verdicts[i] = new(i + 1, text, LineRole.Blank, "empty line");
                continue;
            }
            if (SeedPatterns.BoilerplateReason(text) is { } reason)
            {
                verdicts[i] = new(i + 1, text, LineRole.Boilerplate, reason);
                if (reason.Contains("disclaimer")) disclaimer ??= text;
                continue;
            }
            var source = SeedPatterns.SourceLine().Match(text);
            if (source.Success)
            {
                outlet ??= source.Groups["outlet"].Value.Trim();
                verdicts[i] = new(i + 1, text, LineRole.Source, $"source line: the outlet is \"{source.Groups["outlet"].Value.Trim()}\"");
                MarkTitleBefore(i);
            }
        }

        // The title, once known, may also open a copy of the article: that line is the title again.
        if (title is not null)
            for (var i = 0; i < lines.Count; i++)
                if (verdicts[i] is null && lines[i] == title)
                    verdicts[i] = new(i + 1, lines[i], LineRole.Title, "the title again, at the top of a copy");

        return new Result(verdicts, title, outlet, disclaimer);

        void MarkTitleBefore(int sourceIndex)
        {
            var t = sourceIndex - 1;
            while (t >= 0 && verdicts[t]?.Role == LineRole.Blank) t--;
            if (t < 0 || verdicts[t] is not null) return;
            title ??= lines[t];
            verdicts[t] = new(t + 1, lines[t], LineRole.Title, "title: the line just before the source line");
        }
    }
}
