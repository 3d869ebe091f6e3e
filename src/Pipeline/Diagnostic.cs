namespace KnowledgeSite.Pipeline;

public enum Severity { Warning, Error }

/// <summary>
/// One problem found by a build stage. File paths are relative to the project root and lines
/// are 1-based, so the text can be pasted into an editor's "go to" box.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Stage,
    string Message,
    string? File = null,
    int? Line = null,
    int? Column = null,
    string? Fix = null)
{
    public string Location => File is null ? "" :
        Line is null ? File :
        Column is null ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";

    public override string ToString()
    {
        var where = File is null ? "" : Location + ": ";
        var level = Severity == Severity.Error ? "error" : "warning";
        var fix = Fix is null ? "" : $" Fix: {Fix}";
        return $"{where}{level} [{Stage}]: {Message}{fix}";
    }
}
