using System.Globalization;

namespace KnowledgeSite.Cleaning;

/// <summary>The cleaning report in words, for the build log and the provenance page.</summary>
public static class CleaningSummary
{
    public static IReadOnlyList<string> Describe(CleanedSeed seed)
    {
        var lines = new List<string>
        {
            $"{seed.Verdicts.Count} raw lines → {Plural(seed.Count(LineRole.Paragraph), "paragraph")}, {Plural(seed.Count(LineRole.Heading), "heading")}, {Plural(seed.Count(LineRole.Caption), "caption")} kept",
        };

        var titles = seed.Verdicts.Where(v => v.Role == LineRole.Title).ToList();
        var sources = seed.Verdicts.Where(v => v.Role == LineRole.Source).ToList();
        lines.Add(titles.Count == 0
            ? "no title line found (no \"Sumber:\" source line): the file name is used as the title"
            : $"title \"{seed.Title}\" ({Numbers(titles)}) and source line \"Sumber: {seed.Outlet}\" ({Numbers(sources)}) taken as metadata");

        var boilerplate = seed.Verdicts.Where(v => v.Role == LineRole.Boilerplate).ToList();
        if (boilerplate.Count > 0)
            lines.Add($"dropped {Plural(boilerplate.Count, "boilerplate line")}: " +
                      string.Join("; ", boilerplate.Select(b => $"{b.Reason} (line {b.Number})")));

        if (seed.Copies is { } c)
        {
            var onlyOne = seed.Verdicts.Where(v => v.IsKept && v.Reason.Contains("only the", StringComparison.Ordinal)).ToList();
            var merged = seed.Verdicts.Count(v => v.Role == LineRole.Duplicate);
            var text = $"the article occurs twice (lines {c.FirstStart}–{c.FirstEnd} and {c.SecondStart}–{c.SecondEnd}): " +
                       $"{Plural(merged, "duplicate line")} dropped, each kept once";
            if (onlyOne.Count > 0)
                text += $"; kept {Plural(onlyOne.Count, "line")} only one copy has ({string.Join(", ", onlyOne.Select(o => $"line {o.Number}, {o.Role.ToString().ToLowerInvariant()}"))})";
            lines.Add(text);
        }
        else
        {
            lines.Add("one copy of the article: nothing merged");
        }

        var blank = seed.Count(LineRole.Blank);
        if (blank > 0) lines.Add($"skipped {Plural(blank, "empty line")}");
        return lines;
    }

    private static string Numbers(IEnumerable<LineVerdict> verdicts) =>
        "line " + string.Join(", ", verdicts.Select(v => v.Number.ToString(CultureInfo.InvariantCulture)));

    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
