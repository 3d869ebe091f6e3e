using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Checking;

/// <summary>Everything a rule may look at: the written files, and the HTML pages read once.</summary>
public sealed record CheckInput(IReadOnlyDictionary<string, OutputFile> Files, IReadOnlyDictionary<string, ParsedPage> Pages);

/// <summary>One rule the finished site must keep, named after what it enforces.</summary>
public interface IOutputRule
{
    /// <summary>Checks one page; called for many pages at once, so it only reads <paramref name="site"/>.</summary>
    void Check(CheckInput site, ParsedPage page, Diagnostics diagnostics);
}

/// <summary>A rule about the site as a whole rather than about each page.</summary>
public interface ISiteRule
{
    void Check(CheckInput site, Diagnostics diagnostics);
}
