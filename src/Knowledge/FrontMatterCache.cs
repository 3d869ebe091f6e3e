using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// Front matter read by an earlier build of the same process, reused while its YAML text stays the same. The
/// preview keeps one across rebuilds: reading the YAML of every input file was the largest part of the knowledge
/// stage, though a save changes one file. Only what the YAML parser made of the text is kept (a node tree that is
/// only read, or the parser's error); every build reports from it as if it had just read it.
/// </summary>
public sealed class FrontMatterCache
{
    private Dictionary<string, YamlOutcome> _earlier = new(StringComparer.Ordinal);
    private Dictionary<string, YamlOutcome> _now = new(StringComparer.Ordinal);

    internal YamlOutcome Load(string yaml, Func<string, YamlOutcome> load)
    {
        if (_now.TryGetValue(yaml, out var outcome)) return outcome;
        if (!_earlier.TryGetValue(yaml, out outcome)) outcome = load(yaml);
        return _now[yaml] = outcome;
    }

    /// <summary>Keeps what this build read, and only that: the front matter of a file since changed or removed is forgotten.</summary>
    internal void BuildDone() => (_earlier, _now) = (_now, new(StringComparer.Ordinal));
}

/// <summary>What the YAML parser made of a front matter block: its root node, or the error it stopped at.</summary>
internal sealed record YamlOutcome(YamlNode? Root, YamlException? Failure);
