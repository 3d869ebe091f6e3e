using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>The accessibility standard every page is held to, and one way to ask axe what breaks it.</summary>
public static class Axe
{
    /// <summary>WCAG 2.2 AA and axe's best practices.</summary>
    public static readonly string[] Wcag22AndBestPractice = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag22AndBestPractice] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>What breaks the standard on the page as it is now, one line per rule, each starting with <paramref name="where"/>.</summary>
    public static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Options);
        return result.Violations.Select(v => $"{where}: {v.Id} [{v.Impact}] {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}");
    }
}
