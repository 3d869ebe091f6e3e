using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeSite.Preview;

/// <summary>The port could not be had; a usage problem the editor fixes with --port.</summary>
public sealed class PortUnavailableException(int port, Exception inner)
    : Exception($"cannot serve on 127.0.0.1:{port}: {(inner is AddressInUseException || inner.InnerException is AddressInUseException ? "the port is already in use" : inner.Message)}", inner)
{
    public int Port => port;
}

/// <summary>
/// Kestrel on the loopback address only, serving the output folder and the reload endpoints.
/// Nothing else of ASP.NET is used: no routing, no static-file middleware, no logging to the console.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address pages are served at, with the real port when 0 was asked for.</summary>
    public Uri Address { get; }

    /// <param name="requestLog">Told "GET /path 200" for each request, for --verbose.</param>
    public static async Task<PreviewServer> StartAsync(string outputDir, int port, LiveReload reload, Action<string>? requestLog = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        var app = builder.Build();

        var files = new OutputFileServer(outputDir, reload);
        var events = new ReloadEvents(reload);
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(async context =>
        {
            var path = context.Request.Path.Value;
            if (path == ReloadScript.EventsPath && HttpMethods.IsGet(context.Request.Method)) await events.StreamAsync(context, stopping);
            else if (path == ReloadScript.StatusPath && HttpMethods.IsGet(context.Request.Method)) await events.StatusAsync(context);
            else await files.ServeAsync(context);
            requestLog?.Invoke($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} {context.Response.StatusCode}");
        });

        try
        {
            await app.StartAsync();
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new PortUnavailableException(port, ex);
        }
        return new PreviewServer(app, new Uri(app.Urls.Single().TrimEnd('/') + "/"));
    }

    /// <summary>Completes when the host is told to stop from outside (a signal it caught itself).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
