using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Arguments;

/// <summary>Checks across one article's arguments: unique ids and orders, relations that resolve inside the article, paragraph coverage.</summary>
public static class ArgumentChecks
{
    public static void Run(IReadOnlyList<Argument> arguments, Article article, string stage, Diagnostics diagnostics)
    {
        var folder = InputKinds.ArticleFolder(article.Slug) + InputKinds.ArgumentsSubfolder;
        foreach (var group in arguments.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                diagnostics.Error(stage, $"the id '{group.Key}' is also used by {group.First().SourcePath}.", duplicate.SourcePath,
                    fix: "give each argument its own id (file name).");

        foreach (var group in arguments.GroupBy(a => a.Order).Where(g => g.Count() > 1))
            diagnostics.Error(stage, $"order {group.Key} is shared by {string.Join(", ", group.Select(a => a.Id))}.", group.Skip(1).First().SourcePath,
                fix: "give each argument of the article its own position in the article's order.");

        var ids = arguments.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var argument in arguments)
            foreach (var relation in argument.Related)
            {
                if (relation.TargetId == argument.Id)
                    diagnostics.Error(stage, "an argument cannot be related to itself.", argument.SourcePath, relation.Line, fix: "remove this relation.");
                else if (!ids.Contains(relation.TargetId))
                {
                    var closest = Suggest.Closest(relation.TargetId, ids);
                    diagnostics.Error(stage, $"the related argument '{relation.TargetId}' does not exist.", argument.SourcePath, relation.Line,
                        fix: closest is null ? $"use the file name (without .md) of an argument in {folder}; relations stay inside one article." : $"did you mean '{closest}'?");
                }
            }

        var paragraphs = article.Paragraphs.ToList();
        if (arguments.Count == 0)
        {
            diagnostics.Warning(stage, $"\"{article.Title}\" ({article.SeedPath}) has no arguments yet: none of its {paragraphs.Count} paragraphs belongs to an argument.",
                folder, fix: $"write its arguments in {folder}, one file per argument, quoting the paragraphs that carry each.");
            return;
        }
        var covered = arguments.SelectMany(a => a.Passages).Select(p => p.Location.Paragraph).OfType<Paragraph>().ToHashSet();
        var uncovered = paragraphs.Where(p => !covered.Contains(p)).ToList();
        if (uncovered.Count > 0)
            diagnostics.Warning(stage,
                $"{uncovered.Count} of {paragraphs.Count} paragraphs of \"{article.Title}\" belong to no argument: {string.Join(", ", uncovered.Select(p => "¶" + p.Number))}.",
                folder, fix: "quote each of them in the passages of the argument it carries.");
    }
}
