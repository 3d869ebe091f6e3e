using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeSite.CommandLine;

namespace KnowledgeSite.Tests.Support;

/// <summary>
/// The real <c>preview</c> verb running in-process on a test project, on a free port of 127.0.0.1,
/// with an HTTP client for it. Disposing it stops the preview as Ctrl+C would.
/// </summary>
public sealed partial class PreviewRun : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private Task<int> _run = Task.FromResult(-1);

    public LineWriter Out { get; } = new();
    public LineWriter Error { get; } = new();
    public HttpClient Http { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;

    public static async Task<PreviewRun> StartAsync(TestProject project, params string[] args)
    {
        var run = new PreviewRun();
        run._run = Task.Run(() => CommandLineInterface.RunAsync(["preview", "--port", "0", "--root", project.Root, .. args], new ConsoleStreams(run.Out, run.Error), run._stop.Token));
        var serving = run.WaitForServingAsync();
        if (await Task.WhenAny(serving, run._run) != serving)
            throw new Xunit.Sdk.XunitException($"preview exited with {await run._run}:\n{run.Out.Text}\n{run.Error.Text}");
        run.Address = new Uri(ServingLine().Match(await serving).Groups[1].Value);
        run.Http = new HttpClient { BaseAddress = run.Address, Timeout = Timeout };
        return run;
    }

    private async Task<string> WaitForServingAsync() => (await Out.WaitForAsync(l => ServingLine().IsMatch(l), Timeout)).Line;

    public async Task<JsonElement> StatusAsync() => await Http.GetFromJsonAsync<JsonElement>("__reload/status");

    public async Task<string> VersionAsync() => (await StatusAsync()).GetProperty("version").GetString()!;

    /// <summary>Polls the reload status until it satisfies the condition (a rebuild finished).</summary>
    public async Task<JsonElement> WaitForStatusAsync(Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var status = await StatusAsync();
            if (condition(status)) return status;
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"the reload status never matched; last: {status}\n{Out.Text}\n{Error.Text}");
            await Task.Delay(20);
        }
    }

    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted) await StopAsync();
        Http?.Dispose();
        _stop.Dispose();
    }

    [GeneratedRegex(@"^Serving (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingLine();
}
