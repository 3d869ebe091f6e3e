namespace KnowledgeSite.Cleaning;

/// <summary>Third cleaning pass: decides whether each kept line is a heading, a caption or a paragraph.</summary>
public static class BlockClassifier
{
    public static IReadOnlyList<(LineRole Role, string Text, string Reason)> Classify(IReadOnlyList<string> kept)
    {
        var result = new List<(LineRole, string, string)>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var line = kept[i];
            if (SeedPatterns.StarredHeadingText(line) is { } heading)
                result.Add((LineRole.Heading, heading, "heading: a line wrapped in **"));
            else if (SeedPatterns.Caption().IsMatch(line))
                result.Add((LineRole.Caption, line, "image caption: a line wholly in parentheses; the image itself is not in the scrape"));
            else if (SeedPatterns.LooksLikeSlogan(line) && OpensSection(kept, i))
                result.Add((LineRole.Heading, line, $"heading: a short slogan line (at most {SeedPatterns.SloganMaxWords} words, no full stop) before a paragraph"));
            else
                result.Add((LineRole.Paragraph, line, "body paragraph"));
        }
        return result;
    }

    /// <summary>A slogan opens a section only if a sentence follows it (an image caption in between does not count).</summary>
    private static bool OpensSection(IReadOnlyList<string> kept, int index)
    {
        var next = index + 1;
        while (next < kept.Count && SeedPatterns.Caption().IsMatch(kept[next])) next++;
        return next < kept.Count
            && SeedPatterns.StarredHeadingText(kept[next]) is null
            && !SeedPatterns.LooksLikeSlogan(kept[next]);
    }
}
