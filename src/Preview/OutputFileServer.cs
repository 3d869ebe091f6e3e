using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeSite.Preview;

/// <summary>
/// Serves the output folder as a static host would: GET and HEAD only, <c>/</c> and <c>/dir/</c> as
/// index.html, the site's 404.html for a missing file. HTML gets the reload script on the way out.
/// </summary>
public sealed class OutputFileServer(string outputDir, LiveReload reload)
{
    public const string NotFoundPage = "404.html";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task ServeAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await SendAsync(context, StatusCodes.Status405MethodNotAllowed, "text/plain; charset=utf-8", Utf8.GetBytes("Only GET and HEAD are allowed.\n"));
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var resolved = RequestPath.Resolve(outputDir, raw);
        switch (resolved.Verdict)
        {
            case PathVerdict.File:
                await SendFileAsync(context, StatusCodes.Status200OK, resolved.Target!);
                break;
            case PathVerdict.Redirect:
                response.Headers.Location = resolved.Target;
                await SendAsync(context, StatusCodes.Status301MovedPermanently, "text/plain; charset=utf-8", Utf8.GetBytes($"See {resolved.Target}\n"));
                break;
            case PathVerdict.BadRequest:
                await SendAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", Utf8.GetBytes("Bad request path: it leads outside the site.\n"));
                break;
            default:
                await SendNotFoundAsync(context);
                break;
        }
    }

    private async Task SendNotFoundAsync(HttpContext context)
    {
        var page = Path.Combine(Path.GetFullPath(outputDir), NotFoundPage);
        var state = reload.Current;
        if (File.Exists(page))
            await SendFileAsync(context, StatusCodes.Status404NotFound, page, rootRelative: true);
        else if (state.Errors.Count > 0)
            await SendAsync(context, StatusCodes.Status500InternalServerError, ContentTypes.For(".html"), Utf8.GetBytes(ReloadScript.ErrorPage(state.Errors, state.Version)));
        else
            await SendAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Utf8.GetBytes("Not found, and the site has no 404.html.\n"));
    }

    /// <param name="rootRelative">
    /// The 404 page is served at any depth, so its relative links are made to start from the root,
    /// as the build's &lt;base&gt; does for a published site.
    /// </param>
    private async Task SendFileAsync(HttpContext context, int status, string path, bool rootRelative = false)
    {
        // The version is taken before the file is read: a rebuild in between then costs one extra
        // reload, where the other order could leave a page stale.
        var version = reload.Current.Version;
        var bytes = await File.ReadAllBytesAsync(path, context.RequestAborted);
        if (ContentTypes.IsHtml(path))
        {
            var html = Utf8.GetString(bytes);
            if (rootRelative && !html.Contains("<base ", StringComparison.OrdinalIgnoreCase))
                html = html.Replace("<head>", "<head>\n<base href=\"/\">", StringComparison.OrdinalIgnoreCase);
            bytes = Utf8.GetBytes(ReloadScript.Inject(html, version));
        }
        await SendAsync(context, status, ContentTypes.For(path), bytes);
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
