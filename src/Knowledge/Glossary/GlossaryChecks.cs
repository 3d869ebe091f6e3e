using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Glossary;

/// <summary>Checks across the glossary: unique ids, forms claimed by one term only, related terms that exist.</summary>
public static class GlossaryChecks
{
    public static void Run(IReadOnlyList<GlossaryTerm> terms, string stage, Diagnostics diagnostics)
    {
        var ids = terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms)
            foreach (var (related, line) in term.Related)
            {
                if (ids.Contains(related) && related != term.Id) continue;
                var closest = Suggest.Closest(related, ids);
                diagnostics.Error(stage, related == term.Id ? "a term cannot be related to itself." : $"the related term '{related}' does not exist.",
                    term.SourcePath, line,
                    fix: closest is null || related == term.Id ? "use the file name (without .md) of another entry in input/glossary/." : $"did you mean '{closest}'?");
            }

        // One form, one term: otherwise a reader could not tell which entry a link opens.
        var owners = new Dictionary<string, (GlossaryTerm Term, TermFormEntry Form)>(StringComparer.Ordinal);
        foreach (var term in terms)
            foreach (var form in term.Forms.DistinctBy(f => FormKey(f.Form)))
            {
                var key = FormKey(form.Form);
                if (!owners.TryGetValue(key, out var owner)) { owners[key] = (term, form); continue; }
                if (owner.Term == term) continue;
                diagnostics.Error(stage, $"the form \"{form.Form}\" is also claimed by '{owner.Term.Id}' ({owner.Term.SourcePath}:{owner.Form.Line}).",
                    term.SourcePath, form.Line, fix: "keep the form in the one entry it belongs to.");
            }
    }

    /// <summary>Forms with no lower-case letter match case-sensitively; all others regardless of case.</summary>
    public static bool IsCaseSensitive(string form) => !form.Any(char.IsLower);

    public static string FormKey(string form) => IsCaseSensitive(form) ? form : form.ToLowerInvariant();
}
