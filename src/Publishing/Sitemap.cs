using System.Text;
using System.Xml;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Publishing;

/// <summary>
/// sitemap.xml for search engines: the absolute URL of every page but the 404 and search pages. It needs the
/// site's address, so it is made only with a base URL; it has no dates, so it stays byte-identical.
/// </summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Create(Site site, string baseUrl)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", IndentChars = "  " };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in site.Pages.Where(p => p is not NotFoundPage and not SearchPage).OrderBy(p => p.Path, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, AbsoluteUrl(baseUrl, page.Path));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(FileName, [.. buffer.ToArray(), (byte)'\n']);
    }

    /// <summary>The same address the page's canonical link names: the home page is the bare base URL.</summary>
    public static string AbsoluteUrl(string baseUrl, string path) =>
        baseUrl.TrimEnd('/') + "/" + (path == "index.html" ? "" : path);
}
