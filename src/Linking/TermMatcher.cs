namespace KnowledgeSite.Linking;

/// <summary>
/// Finds glossary forms in text with one Aho–Corasick automaton over all forms of all terms: a
/// single left-to-right pass in which each character costs a bounded number of steps however many
/// terms there are, plus work in proportion to the candidate matches. The rules an editor can rely on:
/// <list type="bullet">
/// <item><b>Whole words.</b> The character before a match and the one after it are not letters,
/// digits or combining marks (any script). Spaces, hyphens, punctuation, quotes (" ' “ ” ‘ ’),
/// brackets and slashes are boundaries: "AI" matches in "(AI)", "start-up AI," and "“AI”", but
/// not in "AIR"; "ISV" does not match in "ISVs".</item>
/// <item><b>Case.</b> A form with no lower-case letter (MMLU, GSM8K, R&amp;D, GPT-3.5, 70B) is an
/// acronym or code and matches only in exactly that case: "BATH" matches neither "bath" nor
/// "Bath". Every other form ignores case, character by character with invariant rules, so
/// "Open source" and "open source" are the same form. Where an acronym and an ordinary form of
/// another term fold to the same text, the acronym wins on its exact spelling and the ordinary
/// form takes every other spelling.</item>
/// <item><b>Text is compared as written.</b> A space in a form (any run of whitespace, trimmed at
/// the ends) matches exactly one space in the text; a hyphen matches only a hyphen, so
/// "open source" does not match "open-source" unless that is a form too. There is no Unicode
/// normalisation: forms and text are expected in the same (composed) form.</item>
/// <item><b>Leftmost, then longest.</b> Among overlapping candidates the one starting first wins,
/// then the longest at that start ("Llama 2" over "Llama"); matches never overlap and come in
/// text order. For "model besar sumber" with forms "model besar" and "besar sumber", only
/// "model besar" matches.</item>
/// <item><b>Forms are checked.</b> <see cref="Build(IEnumerable{TermForm})"/> throws <see cref="ArgumentException"/> for an
/// empty form, or for one form (ignoring case where case is ignored) given for two terms; the same
/// form repeated for one term is kept once.</item>
/// </list>
/// Results are deterministic: the same forms and text always give the same matches. A matcher
/// never changes after <see cref="Build(IEnumerable{TermForm})"/>, so several threads may call <see cref="FindAll"/> at once.
/// </summary>
public sealed class TermMatcher
{
    private readonly GlossaryForm[] forms;
    private readonly Automaton automaton;

    private TermMatcher(GlossaryForm[] forms, Automaton automaton)
    {
        this.forms = forms;
        this.automaton = automaton;
    }

    /// <summary>How many distinct forms the matcher knows, after repeated ones were merged.</summary>
    public int FormCount => forms.Length;

    public static TermMatcher Build(IEnumerable<TermForm> forms) => Build(forms, Automaton.DefaultDenseCellBudget);

    /// <summary>For tests: a small budget leaves most states sparse, so both kinds of transition get exercised.</summary>
    internal static TermMatcher Build(IEnumerable<TermForm> forms, int denseCellBudget)
    {
        var catalog = FormCatalog.Collect(forms);
        var keys = catalog.Select(f => f.Key).ToArray();
        return new TermMatcher(catalog, Automaton.Build(keys, [.. catalog.Select(f => f.CaseSensitive)], denseCellBudget));
    }

    public IReadOnlyList<TermMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chosen = new List<TermMatch>();
        if (forms.Length == 0) return chosen;

        var selector = new LeftmostLongest(forms, automaton.MaxDepth, chosen);
        var state = Automaton.Root;
        for (var end = 0; end < text.Length; end++)
        {
            var c = text[end];
            state = automaton.Next(state, FormText.Fold(c));
            // Every form ending here shares the character after it, so one look settles the right boundary for all.
            if (automaton.Reports(state, FormText.IsLower(c)) && !WordBoundary.IsWordAt(text, end + 1))
                for (var keyEnd = automaton.FirstKeyEnd(state); keyEnd != Automaton.Root; keyEnd = automaton.NextKeyEnd(keyEnd))
                    OfferAt(text, end + 1, keyEnd, selector);
            if (selector.HasOpen) selector.Settle(end + 1 - automaton.Depth(state));
        }
        selector.Settle(text.Length);
        return chosen;
    }

    /// <summary>Offers the best form that ends in <paramref name="keyEnd"/> and fits the text, if any.</summary>
    private void OfferAt(string text, int end, int keyEnd, LeftmostLongest selector)
    {
        var length = automaton.Depth(keyEnd);
        var start = end - length;
        if (WordBoundary.IsWordBefore(text, start)) return;
        // The forms here fold to the same text; acronyms come first, so an exact-case acronym beats an ordinary form.
        foreach (var index in automaton.KeysAt(keyEnd))
        {
            var form = forms[index];
            if (form.CaseSensitive && !text.AsSpan(start, length).SequenceEqual(form.Text)) continue;
            selector.Offer(start, length, index);
            return;
        }
    }
}
