namespace KnowledgeSite.Search;

/// <summary>
/// The Snowball project's Indonesian stemmer (snowballstem.org/algorithms/indonesian), its reading
/// of Tala's 2003 "Porter stemmer for Bahasa Indonesia", rule for rule as in Snowball 2.2/3.x:
/// <list type="number">
/// <item>A word's measure is its number of vowels (a e i o u); words of 2 or fewer are left alone,
/// and each removal below counts as one vowel less. Stemming stops as soon as 2 or fewer remain.</item>
/// <item>Particle -kah, -lah, -pun; then possessive pronoun -ku, -mu, -nya.</item>
/// <item>First-order prefix (di-, ter-, me-/men-/meng-, ke-, pen-/peng-; meny- and peny- before a
/// vowel become s-, mem- and pem- before a vowel become p-). If one was removed: the derivational
/// suffix and, only if a suffix went and the prefix was not recoded, a second-order prefix. If not:
/// a second-order prefix (per-, pe-, ber-, be- before consonant + "er"; belajar- and pelajar- become
/// ajar-), then the derivational suffix.</item>
/// <item>Derivational suffix, the longest whose condition holds: -kan unless the prefix was per-/pe-
/// or ke-/peng-; -an unless it was di-/meng-/ter-; -i only after no prefix, di-/meng-/ter- or
/// per-/pe-, and not after "s" (which keeps loan words such as "televisi" whole).</item>
/// </list>
/// The word must already be normalised (<see cref="SearchText.Normalise"/>): only lower-case a e i o u
/// are vowels. No deliberate deviation from Snowball; theme/assets/search/stemmer.js is the same
/// algorithm and must stay identical.
/// </summary>
public static class IndonesianStemmer
{
    private enum Prefix { None, DiMengTer, PerPe, KePeng, Ber }

    public static string Stem(string word)
    {
        var stem = new Stemming(word);
        if (stem.Measure <= 2)
            return word;
        stem.RemoveParticle();
        if (stem.Measure <= 2)
            return stem.Word;
        stem.RemovePossessivePronoun();
        if (stem.Measure <= 2)
            return stem.Word;
        if (stem.RemoveFirstOrderPrefix())
        {
            // Snowball looks for the second prefix where the first one ended: after a recoded s- or
            // p- it finds a vowel there, which no second-order prefix starts with.
            if (stem.Measure > 2 && stem.RemoveDerivationalSuffix() && stem.Measure > 2 && !stem.Recoded)
                stem.RemoveSecondOrderPrefix();
        }
        else
        {
            stem.RemoveSecondOrderPrefix();
            if (stem.Measure > 2)
                stem.RemoveDerivationalSuffix();
        }
        return stem.Word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private sealed class Stemming(string word)
    {
        public string Word { get; private set; } = word;
        public int Measure { get; private set; } = word.Count(IsVowel);
        public bool Recoded { get; private set; }
        private Prefix prefix = Prefix.None;

        public void RemoveParticle()
        {
            if (EndsWith("kah") || EndsWith("lah") || EndsWith("pun"))
                DropEnd(3);
        }

        public void RemovePossessivePronoun()
        {
            if (EndsWith("nya"))
                DropEnd(3);
            else if (EndsWith("ku") || EndsWith("mu"))
                DropEnd(2);
        }

        // Longest prefix first; meny-/peny- only count before a vowel, else men-/pen- is removed.
        public bool RemoveFirstOrderPrefix()
        {
            if (StartsWith("meng"))
                ReplaceStart(4, "", Prefix.DiMengTer);
            else if (StartsWith("meny") && VowelAt(4))
                ReplaceStart(4, "s", Prefix.DiMengTer);
            else if (StartsWith("men"))
                ReplaceStart(3, "", Prefix.DiMengTer);
            else if (StartsWith("mem"))
                ReplaceStart(3, VowelAt(3) ? "p" : "", Prefix.DiMengTer);
            else if (StartsWith("me") || StartsWith("di"))
                ReplaceStart(2, "", Prefix.DiMengTer);
            else if (StartsWith("ter"))
                ReplaceStart(3, "", Prefix.DiMengTer);
            else if (StartsWith("peng"))
                ReplaceStart(4, "", Prefix.KePeng);
            else if (StartsWith("peny") && VowelAt(4))
                ReplaceStart(4, "s", Prefix.KePeng);
            else if (StartsWith("pen"))
                ReplaceStart(3, "", Prefix.KePeng);
            else if (StartsWith("pem"))
                ReplaceStart(3, VowelAt(3) ? "p" : "", Prefix.KePeng);
            else if (StartsWith("ke"))
                ReplaceStart(2, "", Prefix.KePeng);
            else
                return false;
            return true;
        }

        public void RemoveSecondOrderPrefix()
        {
            if (StartsWith("pelajar"))
                ReplaceStart(7, "ajar", prefix);   // Snowball leaves the prefix code as it was here
            else if (StartsWith("per"))
                ReplaceStart(3, "", Prefix.PerPe);
            else if (StartsWith("pe"))
                ReplaceStart(2, "", Prefix.PerPe);
            else if (StartsWith("belajar"))
                ReplaceStart(7, "ajar", Prefix.Ber);
            else if (StartsWith("ber"))
                ReplaceStart(3, "", Prefix.Ber);
            else if (StartsWith("be") && ConsonantThenErAt(2))
                ReplaceStart(2, "", Prefix.Ber);
        }

        public bool RemoveDerivationalSuffix()
        {
            if (EndsWith("kan") && prefix is not (Prefix.PerPe or Prefix.KePeng))
                DropEnd(3);
            else if (EndsWith("an") && prefix is not Prefix.DiMengTer)
                DropEnd(2);
            else if (EndsWith("i") && prefix is (Prefix.None or Prefix.DiMengTer or Prefix.PerPe) && !EndsWith("si"))
                DropEnd(1);
            else
                return false;
            return true;
        }

        private bool StartsWith(string start) => Word.StartsWith(start, StringComparison.Ordinal);

        private bool EndsWith(string end) => Word.EndsWith(end, StringComparison.Ordinal);

        private bool VowelAt(int index) => index < Word.Length && IsVowel(Word[index]);

        // Snowball's "non-vowel" is one whole character, so a surrogate pair counts as one.
        private bool ConsonantThenErAt(int index)
        {
            if (index >= Word.Length || IsVowel(Word[index]))
                return false;
            var next = index + (char.IsSurrogatePair(Word, index) ? 2 : 1);
            return Word.AsSpan(next).StartsWith("er", StringComparison.Ordinal);
        }

        // Every affix holds exactly one vowel, and every replacement has one fewer than what it replaces.
        private void DropEnd(int length)
        {
            Word = Word[..^length];
            Measure--;
        }

        private void ReplaceStart(int length, string replacement, Prefix removed)
        {
            Word = replacement + Word[length..];
            Measure--;
            prefix = removed;
            Recoded = replacement.Length > 0;
        }
    }
}
