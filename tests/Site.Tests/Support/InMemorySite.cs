using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;

namespace KnowledgeSite.Tests.Support;

/// <summary>Builds a txtar project entirely in memory and gives access to its pages.</summary>
public sealed class InMemorySite
{
    public BuildResult Result { get; }
    public Diagnostics Diagnostics => Result.Diagnostics;

    private InMemorySite(BuildResult result) => Result = result;

    public static async Task<InMemorySite> BuildAsync(string txtar, BuildOptions? options = null)
    {
        var files = Txtar.Parse(txtar).Select(f => new SourceFile(f.Path, Encoding.UTF8.GetBytes(f.Content))).ToList();
        var sources = new SourceTree(
            files.Where(f => f.Path.StartsWith("seeds/", StringComparison.Ordinal)).ToList(),
            files.Where(f => f.Path.StartsWith("input/", StringComparison.Ordinal)).ToList(),
            Repo.ThemeAssets());
        var diagnostics = new Diagnostics();
        return new InMemorySite(await SiteBuilder.BuildAsync(sources, options ?? new BuildOptions(), diagnostics));
    }

    public string Text(string path) =>
        Result.Files.SingleOrDefault(f => f.Path == path)?.AsText()
        ?? throw new Xunit.Sdk.XunitException($"no output file {path}; files: {string.Join(", ", Result.Files.Select(f => f.Path))}; problems: {string.Join(" | ", Diagnostics.All)}");

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Text(path));

    /// <summary>The page of the site's only article.</summary>
    public string ArticlePath => Result.Files.Single(f => f.Path.StartsWith("articles/", StringComparison.Ordinal)
        && !f.Path["articles/".Length..].Contains('/') && f.Path != "articles/index.html").Path;
}
