namespace KnowledgeSite.Pipeline;

/// <summary>Collects every problem of a run, so an editor sees all of them at once.</summary>
public sealed class Diagnostics
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> All => _items;
    public IEnumerable<Diagnostic> Errors => _items.Where(d => d.Severity == Severity.Error);
    public IEnumerable<Diagnostic> Warnings => _items.Where(d => d.Severity == Severity.Warning);
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string stage, string message, string? file = null, int? line = null, int? column = null, string? fix = null)
        => Add(new Diagnostic(Severity.Error, stage, message, file, line, column, fix));

    public void Warning(string stage, string message, string? file = null, int? line = null, int? column = null, string? fix = null)
        => Add(new Diagnostic(Severity.Warning, stage, message, file, line, column, fix));

    /// <summary>Turns warnings into errors, for <c>--strict</c>.</summary>
    public void Escalate()
    {
        for (var i = 0; i < _items.Count; i++)
            if (_items[i].Severity == Severity.Warning)
                _items[i] = _items[i] with { Severity = Severity.Error, Message = _items[i].Message + " (strict mode)" };
    }
}
