using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KnowledgeSite.Checking;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.Rendering;
using KnowledgeSite.Tests.Support;
using KnowledgeSite.Tests.WholeSite;

namespace KnowledgeSite.Tests.Checking;

/// <summary>
/// The check's own HTML scanner is not weaker than a real HTML5 parser (AngleSharp): it refuses every page AngleSharp
/// reports a parse error for, and on pages both accept it reads the same title, lang, headings, ids and links.
/// </summary>
public class ScannerAgreesWithAngleSharpTests
{
    /// <summary>A valid page around a snippet of body markup; a snippet starting with '!' is a whole page.</summary>
    private static string Page(string snippet) => snippet.StartsWith('!')
        ? snippet[1..]
        : $"<!DOCTYPE html>\n<html lang=\"en\"><head><title>Test</title></head><body><h1>Test</h1>\n{snippet}\n</body></html>\n";

    private const string Head = "!<!DOCTYPE html>\n<html lang=\"en\"><head><title>Test</title></head>";

    public static TheoryData<string> Malformed { get; } =
    [
        // A block element inside an open <p>: HTML5 closes the p first, so the </p> is left over.
        .. new[] { "div", "ul", "ol", "dl", "h2", "h6", "section", "nav", "header", "footer", "figure", "blockquote", "pre", "form", "main", "article", "aside", "details", "address", "fieldset", "menu", "p" }
            .Select(block => $"<p>text<{block}>inner</{block}></p>"),
        "<p>text<table><tbody><tr><td>x</td></tr></tbody></table></p>",
        "<p>text<hr></p>",
        "<p>x<span>y<div>z</div></span></p>",
        // End tags that do not match, are stray, or are missing.
        "<div></span></div>",
        "<div><span>x</div>",
        "<b><i>x</b></i>",
        "</div>",
        "</p>",
        "<p>x</p></p>",
        "<div>never closed",
        "<span>never closed",
        "<ul><li>never closed",
        "<table><tbody><tr><td>never closed",
        "!<!DOCTYPE html>\n<html lang=\"en\"><head><title>Test</title></head><body><h1>Test</h1><script>never closed",
        "!<!DOCTYPE html>\n<html lang=\"en\"><head><title>Test</title></head><body><h1>Test</h1><textarea>never closed",
        // Nesting HTML5 forbids.
        "<a href=\"a.html\">a<a href=\"b.html\">b</a></a>",
        "<a href=\"a.html\">a<div><a href=\"b.html\">b</a></div></a>",
        "<h2>a<h3>b</h3></h2>",
        "<form><form></form></form>",
        "<button><button>x</button></button>",
        "<nobr><nobr>x</nobr></nobr>",
        "<table><div>x</div></table>",
        "<table><tbody><tr>text</tr></tbody></table>",
        "<select><div>x</div></select>",
        "<select><hr><option>a</option></select>",
        "<svg><b>x</b></svg>",
        "<svg><rect></svg>",
        "<math><mi>x</math>",
        "<frameset></frameset>",
        // Attributes.
        "<p a=\"1\" a=\"2\">x</p>",
        "<p A=\"1\" a=\"2\">x</p>",
        "<p a=x\"y>x</p>",
        "<p a=x<y>x</p>",
        "<p a=x=y>x</p>",
        "<p a=x`y>x</p>",
        "<p a=\"1\"b=\"2\">x</p>",
        "<p a=>x</p>",
        "<p \"a\"=1>x</p>",
        "<p a/b>x</p>",
        "<p>a<br/ >b</p>",
        "<p>a</p x=\"1\">",
        "<p>a</p/>",
        // '<' and '&' in text.
        "<p>a < b</p>",
        "<p>a <1 b</p>",
        "<p>a</>b</p>",
        "<p>a</ p>b</p>",
        "<p>a<?x?>b</p>",
        "<p>a<!x>b</p>",
        "<p><![CDATA[x]]></p>",
        "<p>a &foo; b</p>",
        "<p>a &foo b</p>",
        "<p>a &amp b</p>",
        "<p>&copy 2024</p>",
        "<p>&1;</p>",
        "<p>&#65</p>",
        "<p>&#;</p>",
        "<p>&#xZZ;</p>",
        "<p>&#0;</p>",
        "<p>&#128;</p>",
        "<p>&#x110000;</p>",
        "<p>&#xD800;</p>",
        "<p>&#x1F;</p>",
        "<p>&#xFFFF;</p>",
        "<a href=\"?a=1&copy=2\">x</a>",
        "<a title=\"&#0;\">x</a>",
        "<p>a\0b</p>",
        // Comments.
        "<!-- never closed",
        "<p>a<!-- c -- d -->b</p>",
        "<p>a<!-- x --->b</p>",
        "<p>a<!-->b</p>",
        "<p>a<!--->b</p>",
        "<p>a<!-- x --!>b</p>",
        // Void elements with end tags, and non-void ones written as self-closing.
        "<br></br>",
        "<img src=\"x.png\" alt=\"\"></img>",
        "<div/>",
        "<p a='1'/>x</p>",
        // The page's own structure.
        "!<html lang=\"en\"><head><title>Test</title></head><body><h1>Test</h1></body></html>",
        "<!DOCTYPE html>",
        "<html>",
        "<body>",
        "<head>",
        Head + "<body><h1>Test</h1></body></html>trailing text",
        Head + "<body><h1>Test</h1></body></html><p>x</p>",
        Head + "<body><h1>Test</h1></body></html></html>",
        Head + "<div>x</div><body><h1>Test</h1></body></html>",
        "!<!DOCTYPE html>\n<html lang=\"en\"><head><title>Test</title><div>x</div></head><body><h1>Test</h1></body></html>",
    ];

    /// <summary>Markup HTML5 repairs without a parse error but the scanner refuses, as its class comment says.</summary>
    public static TheoryData<string> RefusedOnlyByTheScanner { get; } =
    [
        "<ul><li>a<li>b</ul>",
        "<div><p>x</div>",
        "<dl><dt>a<dd>b</dl>",
        "<table><td>x</td></table>",
        "<h2><span><h3>x</h3></span></h2>",
        "<option><b>x</b></option>",
        "<p>a &check; b</p>",
        "<a href=\"?a=1&b=2\">x</a>",
        "<script>if (a) { /* <!-- */ }</script>",
        "!<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><html lang=\"en\"><head><title>t</title></head><body><h1>t</h1></body></html>",
        "!<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><h1>t</h1>",
        "!<!DOCTYPE html><title>t</title><h1>t</h1>",
    ];

    public static TheoryData<string> Valid { get; } =
    [
        "<p>plain text</p>",
        "<p>&amp; &lt; &gt; &quot; &#x27; &#65; &#X41; &nbsp; &copy; &hellip; &mdash; &apos; and a lone & too</p>",
        "<p>a&#9;&#10;&#32;b</p>",
        "<p>Indonesia — é 中文 🙂</p>",
        "<ul><li><p>a</p><ul><li>b</li></ul></li></ul>",
        "<ol><li>one</li><li>two</li></ol>",
        "<dl><dt>a</dt><dd>b</dd><div><dt>c</dt><dd>d</dd></div></dl>",
        "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>",
        "<table><caption><p>x</p></caption><colgroup><col></colgroup><tbody><tr><th>a</th></tr></tbody></table>",
        "<table><tr><td><a href=\"#a\">x</a></td><td><a href=\"#b\">y</a></td></tr></table>",
        "<details><summary>s</summary><p>x</p></details>",
        "<p><button><div>x</div></button></p>",
        "<span><div>x</div></span>",
        "<a href=\"x.html\"><div>block in a link</div></a>",
        "<figure><blockquote><p>q</p></blockquote><figcaption>c</figcaption></figure>",
        "<script>if (a < b && c > d) { x = \"</div>\"; }</script>",
        "<script src=\"x.js\" defer></script>",
        "<style>a > b { color: red }</style>",
        "<textarea><div> &amp; </textarea>",
        "<svg viewBox=\"0 0 10 10\"><defs><marker id=\"arrow\"><path d=\"M0,0 L10,5 z\"/></marker></defs><path d=\"M1\"><title>a &amp; b</title></path><a href=\"x.html\"><rect x=\"1\"/><text><tspan>t</tspan></text></a><![CDATA[raw]]></svg>",
        "<svg><title><b>bold</b></title></svg>",
        "<math><mi>x</mi><mo>=</mo><mn>1</mn></math>",
        "<p>a<br/>b<br>c<img src=\"a.png\" alt=\"\"><input a=x/><wbr></p>",
        "<p a b c>x</p><p a= \"x\" b ='y' c=z>x</p><p class=x id=unquoted>y</p>",
        "<p>x</P><DIV ID=\"upper\">x</div>",
        "<!-- ok --><!---x--><!-- a - b -->",
        "<noscript><a href=\"ns.html\" id=\"ns\">x</a></noscript>",
        "<template><a href=\"t.html\" id=\"t\">x</a></template><template><tr><td id=\"t2\">x</td></tr></template>",
        "<p id=\"a\">x</p>\n<p\nid=\"b\">y</p>\n\n<span id=\"c\"></span><p id=\"\">empty id</p>",
        "<a href=\"multi\r\nline\rtarget.html\" id=\"a\r\nb\">line ends in a value</a>",
        "<a href>empty</a><a href=\" spaced.html \">spaced</a><a href=\"x.html?a=1&amp;b=2#f\">query</a><a href=\"mailto:x@example.org\">mail</a>",
        "<map name=\"m\"><area href=\"area.html\" alt=\"a\"></map><video src=\"v.mp4\"><source src=\"s.mp4\"></video><audio src=\"a.mp3\"></audio><iframe src=\"f.html\"></iframe>",
        "<link rel=\"stylesheet\" href=\"in-body.css\"><link rel=\"canonical\" href=\"https://example.org/\">",
        "<pre>\ncode\n  indented</pre>",
        "<form action=\"search.html\"><label for=\"q\">Q</label><input id=\"q\" name=\"q\"><select><optgroup label=\"g\"><option>a</option></optgroup><option selected>b</option></select><button type=\"submit\">Go</button></form>",
        "<h2>a</h2><h3>b</h3><h1>a second h1</h1>",
        "!<!-- comment first --><!doctype HTML>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><base href=\"../\"><title>  Spaced\n title  </title><noscript><link rel=\"stylesheet\" href=\"b.css\"></noscript></head>\n<body><h1>t</h1></body></html>\n<!-- trailing comment -->\n",
        "!  <!DOCTYPE html><html><head><title></title></head><body></body></html>",
        "!<!DOCTYPE html>\r\n<html lang=\"en\">\r\n<head><title>crlf</title></head>\r\n<body><h1>t</h1>\r\n<p id=\"crlf\">x</p>\r<p id=\"cr\">y</p></body></html>",
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public void The_scanner_refuses_every_snippet_angle_sharp_reports_an_error_for(string snippet)
    {
        var page = Page(snippet);
        Assert.NotEmpty(AngleSharpErrors(page));
        Assert.NotEmpty(Scan(page).MarkupErrors);
    }

    [Theory]
    [MemberData(nameof(RefusedOnlyByTheScanner))]
    public void The_scanner_is_stricter_than_html5_where_its_comment_says_so(string snippet)
    {
        var page = Page(snippet);
        Assert.Empty(AngleSharpErrors(page));
        Assert.NotEmpty(Scan(page).MarkupErrors);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Both_accept_a_valid_page_and_read_the_same_facts_from_it(string snippet)
    {
        var page = Page(snippet);
        Assert.Empty(AngleSharpErrors(page));
        var scanned = Scan(page);
        Assert.Empty(scanned.MarkupErrors);
        Assert.Equal(AngleSharpFacts(page), Facts(scanned));
    }

    [Fact]
    public async Task Both_accept_every_page_of_the_shipped_site_and_read_the_same_facts()
    {
        var diagnostics = new Diagnostics();
        var sources = SourceReader.Read(Repo.Root, diagnostics);
        var result = await SiteBuilder.BuildAsync(sources, new BuildOptions(), diagnostics);

        AssertAgreeOnEveryPage(result);
    }

    [Fact]
    public async Task Both_accept_every_page_of_a_generated_many_article_site_and_read_the_same_facts()
    {
        var site = await InMemorySite.BuildAsync(ManyArticleSites.ThreeSeeds + ManyArticleSites.Editorial);

        AssertAgreeOnEveryPage(site.Result);
    }

    [Fact]
    public void Errors_carry_the_line_and_column_where_the_mistake_starts()
    {
        var scanned = Scan("<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head><body><h1>t</h1>\n<p>é <div>x</div></p>\n</body></html>\n");

        var first = scanned.MarkupErrors[0];
        Assert.Equal((3, 6), (first.Line, first.Column));
        Assert.Contains("<div> cannot be inside the open <p> of line 3", first.Message);
    }

    private static void AssertAgreeOnEveryPage(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.All));
        var pages = result.Files.Where(f => f.IsHtml).ToList();
        Assert.NotEmpty(pages);
        foreach (var file in pages)
        {
            var text = file.AsText();
            Assert.True(AngleSharpErrors(text).Count == 0, $"{file.Path}: {string.Join("; ", AngleSharpErrors(text))}");
            var scanned = ParsedPage.Parse(file);
            Assert.Empty(scanned.MarkupErrors);
            Assert.Equal(AngleSharpFacts(text), Facts(scanned));
        }
    }

    private static ParsedPage Scan(string page) => ParsedPage.Parse(OutputFile.Text("page.html", page));

    private static List<string> AngleSharpErrors(string page)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position.Line}:{error.Position.Column} {error.Message}" : e.ToString()!);
        parser.ParseDocument(page);
        return errors;
    }

    /// <summary>The facts the rules use, as one string per fact so that a difference reads plainly.</summary>
    private static List<string> AngleSharpFacts(string page)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(page);
        int Line(AngleSharp.Dom.IElement e) => e.SourceReference?.Position.Line ?? 0;
        return
        [
            $"title [{document.Title}]",
            $"lang [{document.DocumentElement.GetAttribute("lang")}]",
            $"h1 {document.QuerySelectorAll("h1").Length}",
            $"base {document.QuerySelector("base[href]") is not null}",
            .. document.QuerySelectorAll("[id]").Select(e => $"id [{e.Id}] line {Line(e)}"),
            .. ReferenceKind.All.SelectMany(kind => document.QuerySelectorAll($"{kind.Element}[{kind.Attribute}]").Select(e =>
                $"{kind.Element} [{e.GetAttribute(kind.Attribute)}] line {Line(e)} rel [{(kind.Element == "link" ? e.GetAttribute("rel") : null)}]")),
        ];
    }

    private static List<string> Facts(ParsedPage page) =>
    [
        $"title [{(page.Title is null ? "" : Regex.Replace(page.Title, "[ \t\n\r\f]+", " ").Trim(' '))}]",
        $"lang [{page.Lang}]",
        $"h1 {page.H1Count}",
        $"base {page.HasBaseHref}",
        .. page.ElementIds.Select(e => $"id [{e.Id}] line {e.Line}"),
        .. page.References.Select(r => $"{r.Kind.Element} [{r.Target}] line {r.Line} rel [{r.Rel}]"),
    ];
}
