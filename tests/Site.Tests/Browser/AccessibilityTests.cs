using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture site)
{
    /// <summary>The axe-core script that Deque.AxeCore ships, to preload into every page of a scan.</summary>
    private static string AxeSource()
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons");
        return new StreamReader(stream).ReadToEnd();
    }

    private static readonly ViewportSize Laptop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>The first page of each kind (home, article, note, term …), by the kind its body is marked with.</summary>
    private IEnumerable<string> OneOfEachKind() => site.Pages()
        .GroupBy(p => Regex.Match(File.ReadAllText(Path.Combine(site.OutputDir, p)), "<body class=\"(kind-[a-z-]+)").Groups[1].Value)
        .Select(g => g.First());

    /// <summary>
    /// Every page at a laptop's size and one page of each kind at a phone's: axe finds no violation and no
    /// page is wider than the screen. axe is loaded once per navigation as an init script and asked for
    /// violations only: a full RunAxe per page (inject, collect every pass, serialise) makes 160 pages slow.
    /// </summary>
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_page_passes_axe_for_wcag_2_2_aa_and_best_practice_and_fits_the_screen(ColorScheme scheme)
    {
        var problems = new List<string>();
        foreach (var (viewport, pages) in new[] { (Laptop, site.Pages()), (Phone, OneOfEachKind().ToList()) })
        {
            await using var watched = await site.OpenAsync(new() { ColorScheme = scheme, ViewportSize = viewport, HasTouch = viewport == Phone, IsMobile = viewport == Phone });
            await watched.Context.AddInitScriptAsync(AxeSource());
            foreach (var path in pages)
            {
                await watched.Page.GotoAsync(site.FileUrl(path));
                var found = await watched.Page.EvaluateAsync<string[]>(
                    """
                    async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
                      .violations.map(v => `${v.id} [${v.impact}] ${v.help} — ${v.nodes.length} × ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
                    """, Axe.Wcag22AndBestPractice);
                problems.AddRange(found.Select(v => $"{path} ({scheme}, {viewport.Width}px): {v}"));
                var width = await watched.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (width > viewport.Width) problems.Add($"{path} ({scheme}, {viewport.Width}px): the page is {width} px wide");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The pages a site of several articles adds, at both sizes.</summary>
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
        foreach (var viewport in new[] { Phone, Laptop })
        {
            await using var watched = await site.OpenAsync(new() { ColorScheme = scheme, ViewportSize = viewport, HasTouch = viewport == Phone, IsMobile = viewport == Phone });
            var violations = new List<string>();
            foreach (var path in pages)
            {
                await watched.Page.GotoAsync(site.ManyArticlesUrl(path));
                violations.AddRange(await Axe.ViolationsAsync(watched.Page, $"{path} ({scheme}, {viewport.Width}px)"));
            }
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
    }
}
