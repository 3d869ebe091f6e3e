using System.Text;

namespace KnowledgeSite.Tests.Support;

/// <summary>
/// A whole small project written inline as one string, in the txtar style:
/// <c>-- seeds/a.txt --</c> starts a file, and everything up to the next such line is its content.
/// </summary>
public static class Txtar
{
    public static IReadOnlyList<(string Path, string Content)> Parse(string archive)
    {
        var files = new List<(string, string)>();
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in archive.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                path = line[3..^3].Trim();
                continue;
            }
            if (path is not null) content.Append(line).Append('\n');
        }
        Flush();
        return files;

        void Flush()
        {
            if (path is not null) files.Add((path, content.ToString()));
            content.Clear();
        }
    }
}
