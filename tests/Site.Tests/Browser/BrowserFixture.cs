using KnowledgeSite.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>
/// The real site, built once, opened in Debian's Chromium through Playwright: from disk
/// (file://) and from a local server under a sub-path. Chromium must be installed
/// (.ci/run installs it); without it these tests fail with the command to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public TestProject Project { get; } = TestProject.WithRealSeed();

    /// <summary>The real site plus two more scraped articles, for the pages that only a site of several articles has.</summary>
    public TestProject ManyArticles { get; } = WithTwoMoreArticles();
    public PagesServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public string OutputDir => Project.Output;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}. Install it with: sudo apt-get install -y chromium");
        foreach (var project in new[] { Project, ManyArticles })
        {
            var build = await project.RunAsync("--quiet");
            if (build.ExitCode != 0) throw new InvalidOperationException("the site did not build:\n" + build.All);
        }
        Server = new PagesServer(OutputDir);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public string FileUrl(string path) => new Uri(Path.Combine(OutputDir, path)).AbsoluteUri;

    public string ManyArticlesUrl(string path) => new Uri(Path.Combine(ManyArticles.Output, path)).AbsoluteUri;

    private static TestProject WithTwoMoreArticles()
    {
        var project = TestProject.WithRealSeed();
        const string disclaimer = "This page may contain third-party content, which is provided for information purposes only (not representations/warranties) and should not be considered as an endorsement of its views by Gate, nor as financial or professional advice. See Disclaimer for details.";
        const string gpus = """
            Perusahaan teknologi besar berlomba membeli kartu grafis untuk melatih model besar mereka sendiri.
            ** Pasokan yang tidak cukup **
            Banyak perusahaan rintisan mengatakan bahwa mereka harus menunggu berbulan-bulan untuk mendapatkan daya komputasi yang cukup.
            Para analis percaya bahwa kekurangan ini akan berlangsung lama, terutama untuk model dengan skor MMLU tinggi.
            """;
        project.Write("seeds/001_kartu.txt", $"{gpus}\nLihat Asli\n{disclaimer}\nKartu grafis menjadi rebutan\nSumber: Media Contoh\n{gpus}\n");
        project.Write("seeds/002_tolok.txt", $"""
            Sebuah tim universitas merilis tolok ukur baru yang dibandingkan dengan GSM8K dan MMLU.
            Beberapa model open source kecil mendapatkan skor yang mendekati GPT-4 setelah disempurnakan.
            Lihat Asli
            {disclaimer}
            Tolok ukur baru untuk penalaran
            Sumber: Jurnal Teknologi

            """);
        return project;
    }

    public string ServerUrl(string path) => Server.BaseUrl + path;

    /// <summary>Every page of the built site, as paths from the output root.</summary>
    /// <summary>The page of the shipped site's article (its other pages live under articles/&lt;id&gt;/).</summary>
    public string ArticlePage() => Pages().Single(p => p.StartsWith("articles/", StringComparison.Ordinal) && !p["articles/".Length..].Contains('/') && p != "articles/index.html");

    public IReadOnlyList<string> Pages() =>
        Directory.EnumerateFiles(OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>A fresh page whose every request, console error and page error is recorded.</summary>
    public async Task<WatchedPage> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new());
        // Generous limits: on a loaded 2-core machine a 400 KB article page can take seconds.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        var watched = new WatchedPage(context, await context.NewPageAsync());
        // Nothing may leave the machine: requests to anywhere but disk and the local server fail.
        await context.RouteAsync(url => !url.StartsWith("file://", StringComparison.Ordinal) && !url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal),
            route => { watched.Outside.Add(route.Request.Url); return route.AbortAsync(); });
        return watched;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        Server?.Dispose();
        Project.Dispose();
        ManyArticles.Dispose();
    }
}

/// <summary>A page with what went wrong on it so far.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public List<string> Problems { get; } = [];
    public List<string> Outside { get; } = [];

    public WatchedPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Problems.Add("console error: " + message.Text); };
        page.PageError += (_, error) => Problems.Add("page error: " + error);
        page.RequestFailed += (_, request) =>
        {
            if (!Outside.Contains(request.Url)) Problems.Add($"request failed: {request.Url} ({request.Failure})");
        };
    }

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
