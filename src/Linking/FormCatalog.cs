namespace KnowledgeSite.Linking;

/// <summary>
/// Checks and normalises the glossary's forms: empty forms and a form claimed by two terms are
/// errors; a form repeated for the same term is kept once (its first spelling). Forms come out in
/// the order given, with the case-sensitive ones first, which is the order ties are settled in.
/// </summary>
internal static class FormCatalog
{
    public static GlossaryForm[] Collect(IEnumerable<TermForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var kept = new List<GlossaryForm>();
        var byIdentity = new Dictionary<(bool CaseSensitive, string Text), GlossaryForm>();
        foreach (var given in forms)
        {
            var form = Prepare(given);
            var identity = (form.CaseSensitive, form.CaseSensitive ? form.Text : form.Key);
            if (byIdentity.TryGetValue(identity, out var earlier))
            {
                if (earlier.TermId != form.TermId) throw new ArgumentException(Conflict(earlier, form));
                continue;
            }
            byIdentity.Add(identity, form);
            kept.Add(form);
        }
        return [.. kept.Where(f => f.CaseSensitive), .. kept.Where(f => !f.CaseSensitive)];
    }

    private static GlossaryForm Prepare(TermForm? given)
    {
        if (given is null) throw new ArgumentException("The glossary's list of forms contains null.");
        if (string.IsNullOrWhiteSpace(given.TermId))
            throw new ArgumentException($"The form \"{given.Form}\" has no term id; every form must name the term it links to.");
        var text = FormText.Normalise(given.Form ?? "");
        if (text.Length == 0)
            throw new ArgumentException($"Term \"{given.TermId}\" has an empty form; a form needs at least one character that is not a space.");
        return new GlossaryForm(text, FormText.Fold(text), given.TermId, FormText.IsCaseSensitive(text));
    }

    private static string Conflict(GlossaryForm earlier, GlossaryForm later)
    {
        var sameIgnoringCase = earlier.Text == later.Text
            ? ""
            : $" (\"{earlier.Text}\" and \"{later.Text}\" are one form: a form with a lower-case letter ignores case)";
        return $"The form \"{later.Text}\" is given for two terms, \"{earlier.TermId}\" and \"{later.TermId}\"{sameIgnoringCase}. " +
               "A form can link to only one term: remove it from one of them.";
    }
}
