namespace KnowledgeSite.Linking;

/// <summary>
/// Reduces candidate matches, offered as their last characters are read, to the leftmost-longest
/// non-overlapping ones, in one pass. It keeps the longest candidate for each start position that
/// may still get one; a position is settled once no candidate can start there any more (the
/// automaton's state no longer reaches back to it), so at most (longest form + 1) positions are
/// open at a time and they live in a ring.
/// </summary>
internal sealed class LeftmostLongest(GlossaryForm[] forms, int longestForm, List<TermMatch> chosen)
{
    private readonly int[] lengths = new int[longestForm + 1];  // 0: no candidate starts here
    private readonly int[] formAt = new int[longestForm + 1];
    private int settled;       // every start before this is decided
    private int freeFrom;      // the end of the last chosen match: earlier starts overlap it
    private int open;          // slots holding a candidate

    public bool HasOpen => open > 0;

    /// <summary>A candidate ending at the character just read. For one start and length, the first offer wins.</summary>
    public void Offer(int start, int length, int form)
    {
        if (start < freeFrom) return;
        // With nothing open, settling may have lagged; no candidate can start before the longest form's reach.
        if (open == 0) settled = Math.Max(settled, start + length - longestForm);
        var slot = start % lengths.Length;
        if (length <= lengths[slot]) return;
        if (lengths[slot] == 0) open++;
        lengths[slot] = length;
        formAt[slot] = form;
    }

    /// <summary>No candidate starting before <paramref name="position"/> can be offered any more.</summary>
    public void Settle(int position)
    {
        for (; open > 0 && settled < position; settled++)
        {
            var slot = settled % lengths.Length;
            var length = lengths[slot];
            if (length == 0) continue;
            lengths[slot] = 0;
            open--;
            if (settled < freeFrom) continue;
            var form = forms[formAt[slot]];
            chosen.Add(new TermMatch(settled, length, form.TermId, form.Text));
            freeFrom = settled + length;
        }
        settled = Math.Max(settled, position);
    }
}
