using KnowledgeSite.Anchoring;
using KnowledgeSite.Knowledge;

namespace KnowledgeSite.Knowledge.Arguments;

/// <summary>Which camp an argument speaks for.</summary>
public enum ArgumentSide { Closed, Open, Both, Market }

/// <summary>A quote from the article that carries the argument, resolved to its place.</summary>
public sealed record Passage(QuoteSelector Quote, QuoteLocation Location);

/// <summary>"This argument supports that one", as the editor wrote it.</summary>
public sealed record ArgumentRelation(string Relation, string TargetId, int Line);

/// <summary>One argument the article makes, from input/arguments/&lt;id&gt;.md.</summary>
public sealed record Argument(
    string Id,
    string Title,
    ArgumentSide Side,
    string Claim,
    int Order,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ArgumentRelation> Related,
    EditorialBody Body,
    string SourcePath);

public static class ArgumentVocabulary
{
    public static readonly IReadOnlyDictionary<string, ArgumentSide> Sides = new Dictionary<string, ArgumentSide>(StringComparer.Ordinal)
    {
        ["closed"] = ArgumentSide.Closed,
        ["open"] = ArgumentSide.Open,
        ["both"] = ArgumentSide.Both,
        ["market"] = ArgumentSide.Market,
    };

    /// <summary>The relations an editor may name, each with how it reads from the other end.</summary>
    public static readonly IReadOnlyDictionary<string, string> Inverse = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["supports"] = "supported by",
        ["supported by"] = "supports",
        ["answers"] = "answered by",
        ["answered by"] = "answers",
        ["leads to"] = "follows from",
        ["follows from"] = "leads to",
        ["contrasts with"] = "contrasts with",
        ["example of"] = "has example",
        ["has example"] = "example of",
    };
}
