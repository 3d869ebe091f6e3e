using System.Net;
using System.Net.Sockets;

namespace KnowledgeSite.Tests.Browser;

/// <summary>
/// Serves a built site under a sub-path (http://127.0.0.1:PORT/project-name/), as GitHub Pages
/// serves a project site, so the tests prove relative links work below the domain root.
/// </summary>
public sealed class PagesServer : IDisposable
{
    public const string SubPath = "/project-name/";
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();

    public string BaseUrl { get; }

    public PagesServer(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{SubPath}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    // Disposing an HttpListenerResponse aborts its connection, although the headers already sent
    // offered to keep it alive: a client that sent its next request on it at that moment was
    // reset (ECONNRESET). Each response therefore says "Connection: close" and is closed
    // gracefully; only a response that failed half way is aborted.
    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            Send(context.Request, response);
            response.Close();
        }
        catch
        {
            response.Abort();
        }
    }

    private void Send(HttpListenerRequest request, HttpListenerResponse response)
    {
        response.KeepAlive = false;
        var path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
        var file = path.StartsWith(SubPath, StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(_root, path[SubPath.Length..])) : null;
        if (file is not null && Directory.Exists(file)) file = Path.Combine(file, "index.html");
        if (file is null || !file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            file = Path.Combine(_root, "404.html");
        }
        response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".xml" => "application/xml",
            _ => "application/octet-stream",
        };
        var bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
