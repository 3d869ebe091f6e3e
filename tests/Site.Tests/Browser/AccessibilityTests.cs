using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture site)
{
    private static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The axe-core script that Deque.AxeCore ships, to preload into every page of a scan.</summary>
    private static string AxeSource()
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons");
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public async Task Every_page_passes_axe_for_wcag_2_1_aa_in_the_light_theme()
    {
        // axe is loaded once per navigation as an init script and asked for violations only:
        // a full RunAxe per page (inject, collect every pass, serialise) makes 160 pages slow.
        await using var watched = await site.OpenAsync(new() { ColorScheme = ColorScheme.Light });
        await watched.Context.AddInitScriptAsync(AxeSource());
        var violations = new List<string>();
        foreach (var path in site.Pages())
        {
            await watched.Page.GotoAsync(site.FileUrl(path));
            var found = await watched.Page.EvaluateAsync<string[]>(
                """
                async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
                  .violations.map(v => `${v.id} [${v.impact}] ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
                """, Wcag21AA);
            violations.AddRange(found.Select(v => $"{path}: {v}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Each_kind_of_page_passes_axe_in_the_dark_theme()
    {
        var oneOfEachKind = site.Pages()
            .GroupBy(p => p.Contains('/') ? p[..p.IndexOf('/')] + (p.EndsWith("/index.html", StringComparison.Ordinal) ? "/index" : "") : p)
            .Select(g => g.First());
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag21AA] },
            ResultTypes = [ResultType.Violations],
        };
        await using var watched = await site.OpenAsync(new() { ColorScheme = ColorScheme.Dark });
        var violations = new List<string>();
        foreach (var path in oneOfEachKind)
        {
            await watched.Page.GotoAsync(site.FileUrl(path));
            var result = await watched.Page.RunAxe(options);
            violations.AddRange(result.Violations.Select(v =>
                $"{path} (dark): {v.Id} [{v.Impact}] {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>WCAG 2.2 AA and axe's best practices, for the pages a site of several articles adds.</summary>
    private static readonly string[] Wcag22AndBestPractice = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_pages_of_a_site_with_several_articles_pass_axe_for_wcag_2_2_aa_and_best_practice(ColorScheme scheme)
    {
        string[] pages =
        [
            "index.html", "articles/index.html", "articles/kartu-grafis-menjadi-rebutan.html", "articles/kartu-grafis-menjadi-rebutan/terms.html",
            "arguments/index.html", "notes/index.html", "glossary/mmlu.html", "glossary/index.html",
            "articles/model-besar-sumber-terbuka-tidak-dapat-mematikan-sumber-tertutup/arguments/index.html",
            "articles/model-besar-sumber-terbuka-tidak-dapat-mematikan-sumber-tertutup/notes/index.html",
            "search.html", "editors.html",
        ];
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag22AndBestPractice] },
            ResultTypes = [ResultType.Violations],
        };
        foreach (var viewport in new[] { new ViewportSize { Width = 390, Height = 844 }, new ViewportSize { Width = 1280, Height = 800 } })
        {
            await using var watched = await site.OpenAsync(new() { ColorScheme = scheme, ViewportSize = viewport, HasTouch = viewport.Width < 500 });
            var violations = new List<string>();
            foreach (var path in pages)
            {
                await watched.Page.GotoAsync(site.ManyArticlesUrl(path));
                var result = await watched.Page.RunAxe(options);
                violations.AddRange(result.Violations.Select(v =>
                    $"{path} ({scheme}, {viewport.Width}px): {v.Id} [{v.Impact}] {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
            }
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
    }
}
