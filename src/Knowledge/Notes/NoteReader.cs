using KnowledgeSite.Anchoring;
using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Notes;

/// <summary>Reads one input/articles/&lt;article&gt;/notes/*.md file into a <see cref="TranslationNote"/>, resolving its quote in that article.</summary>
public static class NoteReader
{
    public static readonly string[] Fields = ["id", "quote", "prefix", "suffix", "occurrences", "kind", "source", "literal", "meaning", "better", "confidence"];

    public static TranslationNote? Read(FrontMatterDocument doc, Article article, IReadOnlyList<Article> all, EditorialBody body, string stage, Diagnostics diagnostics)
    {
        var f = doc.Fields;
        f.RejectUnknown(Fields);
        var id = ArgumentReader.ReadId(f, doc.Path, stage, diagnostics);
        var exact = f.String("quote", required: true);
        var every = ReadOccurrences(f);
        var kind = Choice(f, "kind", NoteVocabulary.Kinds);
        var source = f.String("source", required: true);
        var literal = f.String("literal", required: true);
        var meaning = f.String("meaning", required: true);
        var better = f.String("better", required: true);
        var confidence = Choice(f, "confidence", NoteVocabulary.Confidences);

        IReadOnlyList<QuoteLocation>? occurrences = null;
        QuoteSelector? quote = null;
        if (exact is not null && every is not null)
        {
            quote = QuoteSelector.Create(exact, f.String("prefix"), f.String("suffix"), doc.Path, f.LineOf("quote"));
            var resolution = QuoteResolver.ResolveIn(article, all, quote, allowMany: every.Value);
            if (resolution.Succeeded) occurrences = resolution.Locations;
            else diagnostics.Error(stage, resolution.Problem!, doc.Path, quote.Line,
                fix: resolution.Fix + (every.Value ? "" : " If the note applies to every occurrence, write 'occurrences: all'."));
        }

        if (id is null || quote is null || occurrences is null || kind is null || source is null || literal is null
            || meaning is null || better is null || confidence is null)
            return null;
        return new TranslationNote(article, id, quote, every!.Value, kind.Value, source, literal, meaning, better, confidence.Value, occurrences, body, doc.Path)
            { BetterLine = f.LineOf("better") };
    }

    private static bool? ReadOccurrences(FrontMatter f)
    {
        var value = f.String("occurrences") ?? "one";
        if (value is "one" or "all") return value == "all";
        f.ErrorAt("occurrences", $"'occurrences' must be 'one' or 'all', not '{value}'.",
            "write 'occurrences: one' when the quote picks one place, 'occurrences: all' when the note applies wherever the phrase occurs.");
        return null;
    }

    private static T? Choice<T>(FrontMatter f, string field, IReadOnlyDictionary<string, T> choices) where T : struct
    {
        var value = f.String(field, required: true);
        if (value is null) return null;
        if (choices.TryGetValue(value, out var choice)) return choice;
        var closest = Suggest.Closest(value, choices.Keys);
        f.ErrorAt(field, $"unknown {field} '{value}'.",
            (closest is null ? "" : $"did you mean '{closest}'? ") + $"Choose one of: {string.Join(", ", choices.Keys)}.");
        return null;
    }
}
