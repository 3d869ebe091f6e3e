using System.Text;
using KnowledgeSite.Linking;

namespace KnowledgeSite.Bench.TermLinking;

/// <summary>
/// A made-up glossary and a text with its forms sprinkled in. Every form is a common word followed
/// by one or two words that occur nowhere else (or an upper-case code), so the text contains a form
/// only where one was inserted: the expected match count is known exactly, while the common first
/// words keep the automaton busy with partial matches everywhere.
/// </summary>
public sealed class SyntheticCorpus
{
    public required IReadOnlyList<IReadOnlyList<TermForm>> Terms { get; init; }
    public required string Text { get; init; }
    /// <summary>The index of the term of each form inserted into the text, in text order.</summary>
    public required IReadOnlyList<int> Inserted { get; init; }

    public static SyntheticCorpus Generate(int seed, int termCount, int minTextChars, int wordsPerInsertedForm)
    {
        var random = new Random(seed);
        var words = new PseudoWords(random);
        var common = Enumerable.Range(0, 3_000).Select(_ => words.Next()).ToArray();
        var terms = Enumerable.Range(0, termCount).Select(i => MakeTerm(i, random, words, common)).ToArray();

        var text = new StringBuilder(minTextChars + 1_000);
        var inserted = new List<int>();
        while (text.Length < minTextChars)
        {
            var sentenceLength = random.Next(8, 21);
            for (var w = 0; w < sentenceLength; w++)
            {
                if (w > 0) text.Append(random.Next(12) == 0 ? ", " : " ");
                var start = text.Length;
                if (random.Next(wordsPerInsertedForm) == 0)
                {
                    var term = random.Next(terms.Length);
                    var form = terms[term][random.Next(terms[term].Count)].Form;
                    inserted.Add(term);
                    switch (random.Next(10))
                    {
                        case 0: text.Append('“').Append(form).Append('”'); break;
                        case 1: text.Append('(').Append(form).Append(')'); break;
                        default: text.Append(form); break;
                    }
                }
                else
                {
                    text.Append(common[random.Next(common.Length)]);
                }
                if (w == 0) text[start] = char.ToUpperInvariant(text[start]);
            }
            text.Append(random.Next(5) == 0 ? "? " : ". ");
        }
        return new SyntheticCorpus { Terms = terms, Text = text.ToString(), Inserted = inserted };
    }

    /// <summary>A phrase, then an acronym or the hyphenated phrase, and for half the terms the other one too.</summary>
    private static IReadOnlyList<TermForm> MakeTerm(int index, Random random, PseudoWords words, string[] common)
    {
        var id = "term-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var phraseWords = new[] { common[random.Next(common.Length)] }
            .Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => words.Next())).ToArray();
        var variants = new List<string> { words.NextAcronym(), string.Join('-', phraseWords) };
        if (random.Next(2) == 0) variants.Reverse();
        var forms = new List<TermForm> { new(string.Join(' ', phraseWords), id), new(variants[0], id) };
        if (random.Next(2) == 0) forms.Add(new(variants[1], id));
        return forms;
    }
}
