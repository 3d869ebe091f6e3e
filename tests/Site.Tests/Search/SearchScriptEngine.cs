using System.Text;
using Jint;
using KnowledgeSite.Rendering;
using KnowledgeSite.Search;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Search;

/// <summary>
/// theme/assets/search.js (with search/stemmer.js) running in Jint over index files written in
/// memory, as the browser runs it: each file the script asks for is run as a script.
/// </summary>
public sealed class SearchScriptEngine
{
    private readonly Engine engine = new();

    public SearchScriptEngine(IEnumerable<OutputFile> files)
    {
        var byPath = files.ToDictionary(f => f.Path, f => f.AsText());
        engine.SetValue("__read", new Func<string, string?>(path => byPath.GetValueOrDefault(path)));
        engine.Execute("var window = this;");
        foreach (var script in new[] { "search/stemmer.js", "search.js" })
            engine.Execute(File.ReadAllText(Path.Combine(Repo.Root, "theme", "assets", script), Encoding.UTF8));
        engine.Execute("""
            KnowledgeSearch.loadScript = function (src, done, fail) {
              var text = __read(src);
              if (text === null) { fail(); return; }
              (0, eval)(text);
              done();
            };
            """);
    }

    /// <summary>The ranked results of a query: each "Kind: title", with the total and the suggestion if the query was corrected.</summary>
    public (IReadOnlyList<string> Results, int Total, string? Suggestion) Search(string query, int limit = 50)
    {
        engine.SetValue("__query", query);
        engine.SetValue("__limit", limit);
        var found = engine.Evaluate("""
            KnowledgeSearch.search(__query, __limit).then(function (r) {
              return JSON.stringify({ results: r.map(function (x) { return x.kind + ": " + x.title; }), total: r.total, suggestion: r.suggestion || null });
            })
            """).UnwrapIfPromise().AsString();
        using var json = System.Text.Json.JsonDocument.Parse(found);
        var root = json.RootElement;
        return ([.. root.GetProperty("results").EnumerateArray().Select(e => e.GetString()!)], root.GetProperty("total").GetInt32(),
            root.GetProperty("suggestion").GetString());
    }

    /// <summary>Where search.js cuts a snippet of <paramref name="width"/> characters around <paramref name="firstMatch"/>.</summary>
    public (int From, int To) SnippetWindow(string text, int firstMatch, int width)
    {
        engine.SetValue("__text", text);
        var bounds = engine.Evaluate($"KnowledgeSearch.snippetWindow(__text, {firstMatch}, {width}).join(',')").AsString().Split(',');
        return (int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
