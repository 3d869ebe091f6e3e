using System.Text;
using Jint;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Search;

/// <summary>
/// theme/assets/search/stemmer.js running in Jint, as the browser runs it. Lists go across as one
/// newline-joined string, so thousands of words cost one script call.
/// </summary>
internal sealed class StemmerScript
{
    private readonly Engine engine = new();

    public StemmerScript()
    {
        // Jint's String.prototype.normalize is .NET's string.Normalize, which only decomposes with ICU.
        if ("\u00e9".Normalize(NormalizationForm.FormD).Length != 2)
            throw new InvalidOperationException("stemmer.js needs Unicode normalisation: run the tests without invariant globalization");
        engine.Execute(File.ReadAllText(Path.Combine(Repo.Root, "theme", "assets", "search", "stemmer.js"), Encoding.UTF8));
    }

    public static string SeedText => File.ReadAllText(Repo.SeedPath, Encoding.UTF8);

    public string Normalise(string word) => Call("KnowledgeSearch.normalise(input)", word);

    public IReadOnlyList<string> Tokens(string text)
    {
        var joined = Call("KnowledgeSearch.tokens(input).join('\\n')", text);
        return joined.Length == 0 ? [] : joined.Split('\n');
    }

    /// <summary>Each line's tokens joined by single spaces.</summary>
    public IReadOnlyList<string> TokensPerLine(IReadOnlyList<string> lines) =>
        Call("input.split('\\n').map(function (line) { return KnowledgeSearch.tokens(line).join(' '); }).join('\\n')",
            string.Join('\n', lines)).Split('\n');

    public IReadOnlyList<string> Stems(IReadOnlyList<string> words) =>
        Call("input.split('\\n').map(function (word) { return KnowledgeSearch.stem(word); }).join('\\n')",
            string.Join('\n', words)).Split('\n');

    /// <summary>Evaluates a JavaScript expression over the string <c>input</c>.</summary>
    public string Call(string expression, string input)
    {
        engine.SetValue("input", input);
        return engine.Evaluate(expression).AsString();
    }
}
