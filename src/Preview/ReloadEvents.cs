using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace KnowledgeSite.Preview;

/// <summary>
/// The reload endpoints: a server-sent event stream that sends the state now and after every
/// rebuild, and the same state as one JSON document for scripts and tests that poll.
/// </summary>
public sealed class ReloadEvents(LiveReload reload)
{
    public static string ToJson(ReloadState state) => JsonSerializer.Serialize(state, ReloadJson.Default.ReloadState);

    public async Task StatusAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(ToJson(reload.Current), context.RequestAborted);
    }

    public async Task StreamAsync(HttpContext context, CancellationToken serverStopping)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/event-stream; charset=utf-8";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        try
        {
            // A browser that loses the connection (the preview restarting) tries again after this many milliseconds.
            await response.WriteAsync("retry: 300\n\n", stop.Token);
            while (true)
            {
                var (state, next) = reload.Watch();
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes($"data: {ToJson(state)}\n\n"), stop.Token);
                await response.Body.FlushAsync(stop.Token);
                await next.WaitAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the page went away, or the preview is stopping
        }
    }
}

/// <summary>The preview's JSON, generated at compile time (the generator also runs ahead-of-time compiled, without reflection).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReloadState))]
[JsonSerializable(typeof(string))]
internal sealed partial class ReloadJson : JsonSerializerContext;
