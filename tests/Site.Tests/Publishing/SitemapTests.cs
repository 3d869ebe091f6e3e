using System.Xml.Linq;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Publishing;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Publishing;

public class SitemapTests
{
    [Fact]
    public async Task With_a_base_url_the_sitemap_lists_every_page_but_the_404_page_by_its_canonical_address()
    {
        var site = await InMemorySite.BuildAsync(SmallSite.Txtar, new BuildOptions(BaseUrl: "https://owner.github.io/repo/"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(site.Text(Sitemap.FileName)).Descendants(ns + "loc").Select(e => e.Value).ToList();

        Assert.Equal(
            ["https://owner.github.io/repo/about.html", "https://owner.github.io/repo/arguments/index.html", "https://owner.github.io/repo/articles/judul-uji.html",
             "https://owner.github.io/repo/articles/judul-uji/arguments/index.html", "https://owner.github.io/repo/articles/judul-uji/arguments/main-point.html",
             "https://owner.github.io/repo/", "https://owner.github.io/repo/provenance/judul-uji.html"],
            urls);
        Assert.Equal("https://owner.github.io/repo/about.html", site.Html("about.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_base_url_there_is_no_sitemap_since_it_needs_absolute_addresses()
    {
        var site = await InMemorySite.BuildAsync(SmallSite.Txtar);

        Assert.True(site.Result.Succeeded);
        Assert.DoesNotContain(site.Result.Files, f => f.Path == Sitemap.FileName);
    }
}
