using System.Net;
using System.Text.Json;

namespace KnowledgeSite.Preview;

/// <summary>
/// The script the preview adds to every HTML response (never to the built files): it listens on
/// <see cref="EventsPath"/>, reloads the page when the site's version changes, and shows the
/// problems of a failed rebuild over the page. Diagnostics go in as text, never as markup.
/// </summary>
public static class ReloadScript
{
    public const string EventsPath = "/__reload";
    public const string StatusPath = "/__reload/status";
    public const string OverlayId = "preview-build-errors";

    private const string Script = """
        (function (version) {
          "use strict";
          var box = null;
          function hide() { if (box) { box.remove(); box = null; } }
          function show(errors) {
            hide();
            box = document.createElement("div");
            box.id = "OVERLAY_ID";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;top:0;left:0;right:0;max-height:70vh;overflow:auto;z-index:2147483647;" +
              "background:#fff4f4;color:#5a0000;border-bottom:4px solid #b00020;padding:1em 1.25em;" +
              "font:14px/1.45 ui-monospace,monospace;box-shadow:0 2px 12px rgba(0,0,0,.3)";
            var title = document.createElement("strong");
            title.textContent = "Build failed: " + errors.length + (errors.length === 1 ? " problem" : " problems") +
              ". This is the last good build; fix the problem and save, and the page reloads.";
            var close = document.createElement("button");
            close.type = "button";
            close.textContent = "Hide";
            close.style.cssText = "float:right;font:inherit";
            close.addEventListener("click", hide);
            var list = document.createElement("pre");
            list.style.cssText = "white-space:pre-wrap;margin:.75em 0 0";
            list.textContent = errors.join("\n\n");
            box.append(close, title, list);
            document.body.append(box);
          }
          var events = new EventSource("EVENTS_PATH");
          events.onmessage = function (message) {
            var state = JSON.parse(message.data);
            if (state.version !== version) { events.close(); location.reload(); return; }
            if (state.errors.length > 0) show(state.errors); else hide();
          };
        })(VERSION);
        """;

    public static string Tag(string version) =>
        "<script data-preview-reload>" + Script
            .Replace("OVERLAY_ID", OverlayId, StringComparison.Ordinal)
            .Replace("EVENTS_PATH", EventsPath, StringComparison.Ordinal)
            .Replace("VERSION", JsonSerializer.Serialize(version, ReloadJson.Default.String), StringComparison.Ordinal) + "</script>\n";

    /// <summary>The page with the script before its last &lt;/body&gt; (or at the end if it has none).</summary>
    public static string Inject(string html, string version)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tag(version) : html[..end] + Tag(version) + html[end..];
    }

    /// <summary>The page served when there is no site to show at all: the first build failed and output/ is empty.</summary>
    public static string ErrorPage(IReadOnlyList<string> errors, string version) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Build failed</title></head>
        <body>
        <h1>Build failed</h1>
        <p>There is no good build to show yet. Fix the problems below and save; this page reloads by itself.</p>
        <pre>{WebUtility.HtmlEncode(string.Join("\n\n", errors))}</pre>
        {Tag(version)}</body>
        </html>

        """;
}
