using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class PageLoadTests(BrowserFixture site)
{
    [Fact]
    public async Task Every_page_loads_from_disk_and_under_a_sub_path_with_no_error_and_no_request_leaving_the_machine()
    {
        var failures = new List<string>();
        await using var watched = await site.OpenAsync();
        foreach (var path in site.Pages())
        {
            foreach (var url in new[] { site.FileUrl(path), site.ServerUrl(path) })
            {
                watched.Problems.Clear();
                var response = await watched.Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
                if (url.StartsWith("http", StringComparison.Ordinal) && path != "404.html" && response?.Status != 200)
                    failures.Add($"{url}: HTTP {response?.Status}");
                failures.AddRange(watched.Problems.Select(p => $"{url}: {p}"));
            }
        }
        failures.AddRange(watched.Outside.Distinct().Select(u => "request left the machine: " + u));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_link_on_the_home_and_article_pages_works_under_the_sub_path()
    {
        await using var watched = await site.OpenAsync();
        var article = site.ArticlePage();
        var broken = new List<string>();
        foreach (var start in new[] { "index.html", article })
        {
            await watched.Page.GotoAsync(site.ServerUrl(start));
            var hrefs = await watched.Page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            foreach (var href in hrefs.Select(h => h.Split('#')[0]).Distinct())
            {
                var response = await watched.Context.APIRequest.GetAsync(href);
                if (response.Status != 200) broken.Add($"{start} → {href}: {response.Status}");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }
}
