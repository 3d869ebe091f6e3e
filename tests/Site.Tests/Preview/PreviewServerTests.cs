using System.Net;
using KnowledgeSite.Preview;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Preview;

/// <summary>The preview server over real HTTP on 127.0.0.1, serving a hand-made output folder.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly TestProject _project = new(withRealTheme: false);
    private readonly LiveReload _reload = new();
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _project.Write("output/index.html", "<!DOCTYPE html>\n<html><head><title>Home</title></head><body><h1>Home</h1></body></html>\n");
        _project.Write("output/404.html", "<!DOCTYPE html>\n<html><head><title>Not found</title></head><body><h1>Page not found</h1></body></html>\n");
        _project.Write("output/notes/index.html", "<html><body>notes</body></html>");
        _project.Write("output/assets/site.css", "body { color: black; }");
        _project.Write("output/assets/reading.js", "void 0;");
        _project.Write("output/assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _project.Write("output/search.json", "{}");
        _project.Write("output/sitemap.xml", "<urlset/>");
        _project.WriteBytes("output/site.zip", [0x50, 0x4B, 0x05, 0x06, .. new byte[18]]);
        _project.Write("secret.txt", "TOP SECRET");
        _server = await PreviewServer.StartAsync(Path.Combine(_project.Root, "output"), 0, _reload);
        _http = new HttpClient { BaseAddress = _server.Address };
    }

    [Fact]
    public void It_listens_on_the_loopback_address_only()
    {
        Assert.Equal("127.0.0.1", _server.Address.Host);
        Assert.NotEqual(0, _server.Address.Port);
    }

    [Fact]
    public async Task The_root_serves_index_html_with_the_reload_script_added_before_the_body_ends()
    {
        var response = await _http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Home</h1><script data-preview-reload>", html);
        Assert.EndsWith("</script>\n</body></html>\n", html);
        Assert.Contains($"\"{_reload.Current.Version}\"", html);
        Assert.DoesNotContain("data-preview-reload", File.ReadAllText(Path.Combine(_project.Root, "output/index.html")));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_folder_with_a_slash_serves_its_index_and_without_one_redirects()
    {
        Assert.Contains("notes", await _http.GetStringAsync("/notes/"));

        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address };
        var response = await noRedirects.GetAsync("/notes");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/notes/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/assets/reading.js", "text/javascript; charset=utf-8")]
    [InlineData("/assets/favicon.svg", "image/svg+xml")]
    [InlineData("/search.json", "application/json; charset=utf-8")]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/site.zip", "application/zip")]
    public async Task Each_kind_of_file_has_its_content_type_and_exact_bytes(string path, string type)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_project.Root, "output", path.TrimStart('/'))), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_missing_file_gets_the_sites_404_page_with_status_404_and_links_from_the_root()
    {
        var response = await _http.GetAsync("/glossary/nothing-here.html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html);
        Assert.Contains("<base href=\"/\">", html);
        Assert.Contains("data-preview-reload", html);
    }

    [Fact]
    public async Task Head_sends_the_headers_of_get_without_the_body()
    {
        var get = await _http.GetAsync("/assets/site.css");
        var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/assets/site.css"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_are_not_allowed(string method)
    {
        var response = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/index.html") { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        Assert.Contains("<h1>Home</h1>", File.ReadAllText(Path.Combine(_project.Root, "output/index.html")));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/%2e%2e%2f%2e%2e%2fetc/passwd")]
    public async Task Path_traversal_never_reaches_a_file_outside_the_output_folder(string target)
    {
        var (status, response) = await RawHttp.SendAsync(_server.Address, "GET", target);

        Assert.Contains(status, new[] { 400, 404 });
        Assert.DoesNotContain("TOP SECRET", response);
        Assert.DoesNotContain("root:", response);
    }

    [Fact]
    public async Task The_reload_status_is_json_with_the_version_and_no_errors()
    {
        var status = await _http.GetStringAsync("/__reload/status");

        Assert.Equal($"{{\"version\":\"{_reload.Current.Version}\",\"errors\":[],\"changedCount\":0,\"changed\":[]}}", status);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _project.Dispose();
    }
}
