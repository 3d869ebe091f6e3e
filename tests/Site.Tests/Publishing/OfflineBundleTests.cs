using System.IO.Compression;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Publishing;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Publishing;

/// <summary>site.zip: the whole published site to download and open from disk, byte-identical for identical input.</summary>
public class OfflineBundleTests
{
    private const string BaseUrl = "https://example.org/";
    private static readonly BuildOptions Publishing = new(BaseUrl: BaseUrl);

    [Fact]
    public async Task A_build_for_publishing_writes_a_zip_that_opens_and_holds_every_page_in_one_folder_but_not_itself()
    {
        using var project = new TestProject(SmallSite.Txtar);
        Assert.Equal(0, (await project.RunAsync("--quiet", "--base-url", BaseUrl)).ExitCode);

        using var zip = ZipFile.OpenRead(Path.Combine(project.Output, OfflineBundle.FileName));
        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("site/index.html", names);
        Assert.Contains("site/about.html", names);
        Assert.Contains("site/404.html", names);
        Assert.Contains("site/assets/site.css", names);
        Assert.DoesNotContain(names, n => n.EndsWith(OfflineBundle.FileName, StringComparison.Ordinal));
        Assert.DoesNotContain("site/.nojekyll", names);
        Assert.DoesNotContain("site/.knowledge-site", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public async Task Unpacked_the_zip_is_the_built_site_file_for_file()
    {
        using var project = new TestProject(SmallSite.Txtar);
        Assert.Equal(0, (await project.RunAsync("--quiet", "--base-url", BaseUrl)).ExitCode);
        var unpacked = Path.Combine(project.Root, "unpacked");
        ZipFile.ExtractToDirectory(Path.Combine(project.Output, OfflineBundle.FileName), unpacked);

        var site = TestProject.Snapshot(project.Output);
        var fromZip = TestProject.Snapshot(Path.Combine(unpacked, "site"));
        Assert.Equal(site.Keys.Where(p => p is not (".nojekyll" or ".knowledge-site" or "site.zip" or "sitemap.xml")), fromZip.Keys);
        foreach (var (path, bytes) in fromZip)
            Assert.Equal(site[path], bytes);
    }

    [Fact]
    public async Task The_same_site_gives_the_same_zip_byte_for_byte()
    {
        var first = await InMemorySite.BuildAsync(SmallSite.Txtar, Publishing);
        await Task.Delay(1100); // a zip that stored the time would now differ in its seconds field
        var second = await InMemorySite.BuildAsync(SmallSite.Txtar, Publishing);

        Assert.Equal(
            first.Result.Files.Single(f => f.Path == OfflineBundle.FileName).Bytes,
            second.Result.Files.Single(f => f.Path == OfflineBundle.FileName).Bytes);
    }

    [Fact]
    public async Task Only_a_build_for_publishing_makes_the_zip_and_it_is_compressed()
    {
        var ordinary = await InMemorySite.BuildAsync(SmallSite.Txtar);
        Assert.True(ordinary.Result.Succeeded, string.Join("\n", ordinary.Diagnostics.All));
        Assert.DoesNotContain(ordinary.Result.Files, f => f.Path == OfflineBundle.FileName);

        var published = await InMemorySite.BuildAsync(SmallSite.Txtar, Publishing);
        var page = new ZipArchive(new MemoryStream(published.Result.Files.Single(f => f.Path == OfflineBundle.FileName).Bytes)).Entries
            .Single(e => e.FullName == "site/index.html");
        Assert.True(page.CompressedLength < page.Length / 2, $"{page.CompressedLength} of {page.Length} bytes");
    }

    [Fact]
    public async Task A_page_may_link_to_the_zip_in_a_build_for_publishing_because_it_exists_when_links_are_checked()
    {
        var withLink = SmallSite.Txtar.Replace("We read the article.", "[Download the site](site.zip) to read it offline.");
        var site = await InMemorySite.BuildAsync(withLink, Publishing);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        Assert.Equal("site.zip", site.Html("about.html").QuerySelector("main a[href$='.zip']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_link_to_the_zip_in_an_ordinary_build_says_which_build_makes_it()
    {
        var site = await InMemorySite.BuildAsync(SmallSite.Txtar.Replace("We read the article.", "[Download the site](site.zip) to read it offline."));

        Assert.False(site.Result.Succeeded);
        var error = Assert.Single(site.Diagnostics.Errors);
        Assert.Equal("output/about.html", error.File);
        Assert.Contains("only a build for publishing (with --base-url) makes site.zip", error.Message);
    }
}
