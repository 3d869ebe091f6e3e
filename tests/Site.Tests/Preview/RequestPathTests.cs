using KnowledgeSite.Preview;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Preview;

/// <summary>Request targets map to files of the output folder and never to anything outside it.</summary>
public sealed class RequestPathTests : IDisposable
{
    private readonly TestProject _project = new(withRealTheme: false);
    private string Root => Path.Combine(_project.Root, "output");

    public RequestPathTests()
    {
        _project.Write("output/index.html", "home");
        _project.Write("output/notes/index.html", "notes");
        _project.Write("output/notes/a b.html", "spaced");
        _project.Write("output/.knowledge-site", "marker");
        _project.Write("output-evil/secret.txt", "secret");
        _project.Write("secret.txt", "secret");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/index.html?x=1#top", "index.html")]
    [InlineData("/notes/", "notes/index.html")]
    [InlineData("/notes/a%20b.html", "notes/a b.html")]
    public void A_path_in_the_site_resolves_to_its_file(string target, string file)
    {
        var resolved = RequestPath.Resolve(Root, target);

        Assert.Equal(PathVerdict.File, resolved.Verdict);
        Assert.Equal(Path.Combine(Path.GetFullPath(Root), file), resolved.Target);
    }

    [Fact]
    public void A_folder_without_its_slash_redirects_so_relative_links_resolve() =>
        Assert.Equal(new ResolvedPath(PathVerdict.Redirect, "/notes/"), RequestPath.Resolve(Root, "/notes"));

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/notes/../../secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/../output-evil/secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/%2fetc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/./index.html")]
    [InlineData("secret.txt")]
    [InlineData("http://127.0.0.1/../secret.txt")]
    public void A_path_that_could_climb_out_is_a_bad_request(string target) =>
        Assert.Equal(PathVerdict.BadRequest, RequestPath.Resolve(Root, target).Verdict);

    [Theory]
    [InlineData("/missing.html")]
    [InlineData("/.knowledge-site")]
    [InlineData("/empty/")]
    public void A_missing_or_hidden_file_is_not_found(string target) =>
        Assert.Equal(PathVerdict.NotFound, RequestPath.Resolve(Root, target).Verdict);

    [Fact]
    public void A_link_inside_the_folder_that_points_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Root, "leak.txt"), Path.Combine(_project.Root, "secret.txt"));

        Assert.Equal(PathVerdict.BadRequest, RequestPath.Resolve(Root, "/leak.txt").Verdict);
    }

    public void Dispose() => _project.Dispose();
}
