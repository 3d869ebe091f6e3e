using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeSite.Bench.TermLinking;
using KnowledgeSite.Linking;

// Term-linking benchmark: one synthetic text matched against glossaries of 100, 1,000 and 10,000
// terms. Each figure is the median of 5 runs after one warm-up run.
const int Seed = 20_231_129;
const int Runs = 5;
int[] glossarySizes = [100, 1_000, 10_000];

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var generation = Stopwatch.StartNew();
var corpus = SyntheticCorpus.Generate(Seed, termCount: glossarySizes[^1], minTextChars: 10 * 1024 * 1024, wordsPerInsertedForm: 25);
var textBytes = Encoding.UTF8.GetByteCount(corpus.Text);
Console.WriteLine($"Generated in {generation.Elapsed.TotalSeconds:F1} s: {corpus.Terms.Count:N0} terms, " +
                  $"{corpus.Text.Length:N0} characters ({textBytes / 1e6:F1} MB UTF-8), {corpus.Inserted.Count:N0} forms inserted, seed {Seed}.");
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| terms | forms | build (ms) | text (MB) | match (ms) | MB/s | matches (expected) | allocated while matching | peak working set so far |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

var allOk = true;
foreach (var size in glossarySizes)
{
    var forms = corpus.Terms.Take(size).SelectMany(t => t).ToArray();
    var matcher = TermMatcher.Build(forms);
    var buildMs = Median(Runs, () => TermMatcher.Build(forms));

    _ = matcher.FindAll(corpus.Text);
    var matchRuns = Enumerable.Range(0, Runs).Select(_ => TimedMatch(matcher, corpus.Text)).OrderBy(r => r.Milliseconds).ToArray();
    var median = matchRuns[Runs / 2];
    var expected = corpus.Inserted.Count(t => t < size);
    allOk &= median.Matches == expected;

    using var process = Process.GetCurrentProcess();
    Console.WriteLine($"| {size:N0} | {matcher.FormCount:N0} | {buildMs:F1} | {textBytes / 1e6:F1} | {median.Milliseconds:F0} | " +
                      $"{textBytes / 1e6 / (median.Milliseconds / 1000):F0} | {median.Matches:N0} ({expected:N0}) | " +
                      $"{Size(median.AllocatedBytes)} | {Size(process.PeakWorkingSet64)} |");
}
if (!allOk) Console.WriteLine("\nMISMATCH: a glossary found a different number of matches than were inserted.");
return allOk ? 0 : 1;

static double Median<T>(int runs, Func<T> action)
{
    var timings = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }
    return timings.Order().ElementAt(runs / 2);
}

static string Size(long bytes) => bytes >= 1e6 ? $"{bytes / 1e6:F1} MB" : $"{bytes / 1e3:F1} kB";

static (double Milliseconds, int Matches, long AllocatedBytes) TimedMatch(TermMatcher matcher, string text)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    var matches = matcher.FindAll(text);
    var elapsed = watch.Elapsed.TotalMilliseconds;
    return (elapsed, matches.Count, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
}
