using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Checking;

/// <summary>Every page parses as HTML5 without a single parse error (see <see cref="HtmlScanner"/> for how strictly).</summary>
public sealed class WellFormedHtml : IOutputRule
{
    public void Check(CheckInput site, ParsedPage page, Diagnostics diagnostics)
    {
        foreach (var (line, column, message) in page.MarkupErrors)
            diagnostics.Error(CheckStage.Stage, $"the page is not well-formed HTML: {message}", "output/" + page.Path, line, column,
                fix: "fix the template in theme/ (or the Markdown) that produced this markup.");
    }
}
