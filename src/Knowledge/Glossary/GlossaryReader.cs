using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Glossary;

/// <summary>Reads one input/glossary/*.md file into a <see cref="GlossaryTerm"/>.</summary>
public static class GlossaryReader
{
    public static readonly string[] Fields = ["id", "term", "expansion", "category", "forms", "related", "short", "link"];
    public const int ShortMaxLength = 200;

    public static GlossaryTerm? Read(FrontMatterDocument doc, EditorialBody body, string stage, Diagnostics diagnostics)
    {
        var f = doc.Fields;
        f.RejectUnknown(Fields);
        var id = ArgumentReader.ReadId(f, doc.Path, stage, diagnostics);
        var term = f.String("term", required: true);
        var expansion = f.String("expansion");
        var category = ReadCategory(f);
        var forms = f.StringList("forms", required: true).Select(x => new TermFormEntry(Cleaning.SeedPatterns.NormaliseSpace(x.Value), x.Line)).ToList();
        if (forms.Count == 0 && f.Has("forms"))
            f.ErrorAt("forms", "'forms' is empty.", "list every surface form of the term as it occurs in the text, one per line as '- form'.");
        var related = f.StringList("related");
        var linking = ReadLinking(f);
        var shortText = f.String("short") ?? FirstSentence(body.Markdown) ?? expansion ?? term;
        if (shortText is not null && shortText.Length > ShortMaxLength)
            f.ErrorAt("short", $"'short' is {shortText.Length} characters; a tooltip should be at most {ShortMaxLength}.", "shorten it to one sentence; the body holds the full definition.");

        if (id is null || term is null || category is null || forms.Count == 0 || shortText is null || linking is null) return null;
        return new GlossaryTerm(id, term, expansion, category.Value, forms, related, shortText, body, doc.Path, linking.Value);
    }

    private static TermCategory? ReadCategory(FrontMatter f)
    {
        var name = f.String("category", required: true);
        if (name is null) return null;
        if (TermCategories.ByName.TryGetValue(name, out var category)) return category;
        var closest = Suggest.Closest(name, TermCategories.ByName.Keys);
        f.ErrorAt("category", $"unknown category '{name}'.",
            (closest is null ? "" : $"did you mean '{closest}'? ") + $"Categories: {string.Join(", ", TermCategories.ByName.Keys)}.");
        return null;
    }

    /// <summary>The optional 'link' field: how often an article links the term (once per section unless it says otherwise).</summary>
    private static TermLinking? ReadLinking(FrontMatter f)
    {
        if (!f.Has("link")) return TermLinking.OncePerSection;
        var name = f.String("link", required: true);
        if (name is null) return null;
        if (TermLinkings.ByName.TryGetValue(name, out var linking)) return linking;
        var closest = Suggest.Closest(name, TermLinkings.ByName.Keys);
        f.ErrorAt("link", $"unknown value '{name}' for 'link'.",
            (closest is null ? "" : $"did you mean '{closest}'? ") + $"Write one of: {string.Join(", ", TermLinkings.ByName.Keys.Select(k => $"'link: {k}'"))}, or leave the field out (once per section).");
        return null;
    }

    /// <summary>The body's first sentence as plain text, for a tooltip when 'short' is not given.</summary>
    private static string? FirstSentence(string markdown)
    {
        var text = Markdig.Markdown.ToPlainText(markdown).Trim();
        if (text.Length == 0) return null;
        var end = text.IndexOfAny(['.', '\n']);
        return end < 0 ? text : text[..(end + 1)].Trim();
    }
}
