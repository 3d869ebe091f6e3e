using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Arguments;

namespace KnowledgeSite.SiteModel;

/// <summary>A relation as seen from one argument's page: outgoing as written, or incoming read backwards.</summary>
public sealed record RelatedArgument(string Relation, Argument Other, bool Incoming);

/// <summary>The cross references between arguments and the article, worked out once for every page.</summary>
public sealed class ArgumentIndex
{
    public IReadOnlyList<Argument> Arguments { get; }
    private readonly Dictionary<string, Argument> _byId;
    private readonly Dictionary<Paragraph, List<Argument>> _byParagraph = [];

    public ArgumentIndex(IReadOnlyList<Argument> arguments)
    {
        Arguments = arguments;
        _byId = arguments.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var argument in arguments)
            foreach (var paragraph in argument.Passages.Select(p => p.Location.Paragraph).OfType<Paragraph>().Distinct())
            {
                if (!_byParagraph.TryGetValue(paragraph, out var list)) _byParagraph[paragraph] = list = [];
                list.Add(argument);
            }
    }

    public Argument this[string id] => _byId[id];

    public IReadOnlyList<Argument> CarriedBy(Paragraph paragraph) =>
        _byParagraph.TryGetValue(paragraph, out var list) ? list : [];

    /// <summary>Relations the argument names, then relations other arguments name to it (read backwards), deduplicated.</summary>
    public IReadOnlyList<RelatedArgument> RelatedTo(Argument argument)
    {
        var outgoing = argument.Related.Select(r => new RelatedArgument(r.Relation, _byId[r.TargetId], false));
        var incoming = Arguments
            .SelectMany(other => other.Related.Where(r => r.TargetId == argument.Id)
                .Select(r => new RelatedArgument(ArgumentVocabulary.Inverse[r.Relation], other, true)));
        return outgoing.Concat(incoming)
            .DistinctBy(r => (r.Relation, r.Other.Id))
            .ToList();
    }

    /// <summary>Each relation once, in its forward reading ("a supports b", never also "b supported by a").</summary>
    public IReadOnlyList<(Argument From, string Relation, Argument To)> Edges() =>
        Arguments.SelectMany(a => a.Related.Select(r => Forward(a, r.Relation, _byId[r.TargetId])))
            .Distinct()
            .OrderBy(e => e.Item1.Order).ThenBy(e => e.Item3.Order).ThenBy(e => e.Item2, StringComparer.Ordinal)
            .ToList();

    private static (Argument, string, Argument) Forward(Argument from, string relation, Argument to) => relation switch
    {
        "supported by" or "answered by" or "follows from" or "has example" => (to, ArgumentVocabulary.Inverse[relation], from),
        "contrasts with" when from.Order > to.Order => (to, relation, from),
        _ => (from, relation, to),
    };
}
