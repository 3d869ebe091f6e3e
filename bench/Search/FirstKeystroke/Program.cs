using System.Globalization;
using Microsoft.Playwright;

// The first keystroke in the header search box of a built site, opened from disk in Debian's
// Chromium: per run a cold page load (a new browser context, so nothing cached), "/" to focus the
// box, then one letter; timed in the page from that letter's keydown to the results in the page,
// and to the next animation frame (the frame that paints them).
// Usage, from the repository root: dotnet run -c Release --project bench/Search/FirstKeystroke -- [output] [runs per letter]

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "output");
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
string[] letters = ["k", "p", "m", "s", "t", "b", "a", "d"];
var home = new Uri(Path.Combine(output, "index.html")).AbsoluteUri;

// Installed before the page's own scripts, so its keydown listener runs before the page's.
const string Probe = """
    window.__firstResults = new Promise(resolve => {
      let typed = null;
      document.addEventListener("keydown", e => { if (e.key !== "/" && typed === null) typed = performance.now(); }, true);
      document.addEventListener("DOMContentLoaded", () => {
        const popup = document.querySelector(".search-popup");
        new MutationObserver((_, observer) => {
          const first = popup.querySelector("#site-search-option-0");
          if (typed === null || popup.hidden || !first) return;
          observer.disconnect();
          const inPage = performance.now() - typed;
          requestAnimationFrame(() => resolve({ inPage, frame: performance.now() - typed, shown: first.parentElement.children.length }));
        }).observe(popup, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
      });
    });
    """;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});

Console.WriteLine($"{home}: {runs} cold loads per letter");
Console.WriteLine();
Console.WriteLine("| letter | results | index files loaded | KiB | in the page: median (ms) | max (ms) | next frame: median (ms) | max (ms) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
var all = new List<Measurement>();
foreach (var letter in letters)
{
    var measured = new List<Measurement>();
    for (var run = 0; run < runs; run++) measured.Add(await FirstKeystrokeAsync(letter));
    all.AddRange(measured);
    var last = measured[^1];
    Console.WriteLine($"| {letter} | {last.Shown} | {last.Files} | {last.Bytes / 1024.0:0.0} | {Median(measured, m => m.InPage):0.0} | {measured.Max(m => m.InPage):0.0} | "
        + $"{Median(measured, m => m.Frame):0.0} | {measured.Max(m => m.Frame):0.0} |");
}
Console.WriteLine();
Console.WriteLine($"All {all.Count} first keystrokes: median {Median(all, m => m.InPage):0.0} ms in the page, {Median(all, m => m.Frame):0.0} ms to the next frame; "
    + $"slowest {all.Max(m => m.Frame):0.0} ms.");

async Task<Measurement> FirstKeystrokeAsync(string letter)
{
    await using var context = await browser.NewContextAsync();
    var page = await context.NewPageAsync();
    var files = new List<long>();
    page.Request += (_, request) =>
    {
        if (request.Url.Contains("/assets/search-index/", StringComparison.Ordinal))
            lock (files) files.Add(new FileInfo(new Uri(request.Url).LocalPath).Length);
    };
    await page.AddInitScriptAsync(Probe);
    await page.GotoAsync(home, new() { WaitUntil = WaitUntilState.Load });
    await page.Keyboard.PressAsync("/");
    await page.Keyboard.TypeAsync(letter);
    var timing = await page.EvaluateAsync<Timing>("window.__firstResults").WaitAsync(TimeSpan.FromSeconds(30));
    lock (files) return new Measurement(timing.InPage, timing.Frame, timing.Shown, files.Count, files.Sum());
}

static double Median(List<Measurement> measured, Func<Measurement, double> value)
{
    var sorted = measured.Select(value).Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>What the probe in the page resolves with (Playwright fills it by its settable properties).</summary>
internal sealed class Timing
{
    public double InPage { get; set; }
    public double Frame { get; set; }
    public int Shown { get; set; }
}

internal sealed record Measurement(double InPage, double Frame, int Shown, int Files, long Bytes);
