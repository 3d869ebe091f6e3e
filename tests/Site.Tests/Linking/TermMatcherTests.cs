using KnowledgeSite.Linking;

namespace KnowledgeSite.Tests.Linking;

public class TermMatcherTests
{
    private static TermMatcher Matcher(params (string Form, string TermId)[] forms) =>
        TermMatcher.Build(forms.Select(f => new TermForm(f.Form, f.TermId)));

    /// <summary>What a reader sees linked: the text of each match and the term it points to.</summary>
    private static (string Text, string TermId)[] Found(TermMatcher matcher, string text) =>
        [.. matcher.FindAll(text).Select(m => (text.Substring(m.Start, m.Length), m.TermId))];

    private static readonly TermMatcher Llamas = Matcher(
        ("Llama", "llama"), ("Llama 2", "llama-2"), ("Llama2", "llama-2"), ("Alpaca 2", "alpaca-2"), ("70B", "70b"));

    [Fact]
    public void Terms_are_found_between_punctuation_and_quotes_with_their_ids()
    {
        const string text = "Meta merilis Llama (alpaca), lalu Llama2, kemudian \"Alpaca 2\" - Llama2 dan “Llama 2”.";

        Assert.Equal(
            [("Llama", "llama"), ("Llama2", "llama-2"), ("Alpaca 2", "alpaca-2"), ("Llama2", "llama-2"), ("Llama 2", "llama-2")],
            Found(Llamas, text));
    }

    [Fact]
    public void The_longest_form_at_a_position_wins()
    {
        Assert.Equal([("Llama 2", "llama-2"), ("70B", "70b")], Found(Llamas, "Llama 2 70B"));
        Assert.Equal([("Llama", "llama"), ("70B", "70b")], Found(Llamas, "Llama 3 70B"));
    }

    [Fact]
    public void A_match_reports_where_it_is_and_the_glossary_spelling()
    {
        var match = Assert.Single(Matcher(("model bahasa besar", "llm")).FindAll("Sebuah Model Bahasa Besar baru."));

        Assert.Equal(new TermMatch(7, 18, "llm", "model bahasa besar"), match);
        Assert.Equal(25, match.End);
    }

    [Fact]
    public void A_hyphenated_form_beats_its_prefix_and_the_prefix_matches_before_a_hyphen()
    {
        Assert.Equal([("Llama-v2", "llama-2")], Found(Matcher(("Llama", "llama"), ("Llama-v2", "llama-2")), "Llama-v2 dirilis"));
        Assert.Equal([("Llama", "llama")], Found(Matcher(("Llama", "llama")), "Llama-v2 dirilis"));
    }

    [Theory]
    [InlineData("Pengujian BATH selesai.", true)]
    [InlineData("Pengujian bath selesai.", false)]
    [InlineData("Pengujian Bath selesai.", false)]
    [InlineData("Pengujian BaTH selesai.", false)]
    public void Acronyms_match_only_in_their_exact_case(string text, bool found) =>
        Assert.Equal(found, Matcher(("BATH", "bath")).FindAll(text).Count == 1);

    [Theory]
    [InlineData("Open source itu murah.")]
    [InlineData("Model open source itu murah.")]
    [InlineData("Model OPEN SOURCE itu murah.")]
    [InlineData("Model open Source itu murah.")]
    public void Forms_with_a_lower_case_letter_ignore_case(string text) =>
        Assert.Single(Matcher(("open source", "open-source")).FindAll(text));

    [Fact]
    public void Spellings_that_differ_only_in_case_are_one_form()
    {
        var matcher = Matcher(("Open source", "open-source"), ("open source", "open-source"), ("OPEN source", "open-source"));

        Assert.Equal(1, matcher.FormCount);
        Assert.Equal("Open source", Assert.Single(matcher.FindAll("Kode open source.")).Form);
    }

    [Fact]
    public void An_acronym_keeps_its_exact_case_when_another_term_has_the_ordinary_word()
    {
        var matcher = Matcher(("bath", "mandi"), ("BATH", "bath-benchmark"));

        Assert.Equal(2, matcher.FormCount);
        Assert.Equal([("BATH", "bath-benchmark"), ("Bath", "mandi"), ("bath", "mandi")], Found(matcher, "Skor BATH, Bath, dan bath."));
    }

    [Fact]
    public void Non_letters_in_an_acronym_are_matched_exactly()
    {
        var matcher = Matcher(("R&D", "riset"), ("GPT-3.5", "gpt-3-5"), ("GSM8K", "gsm8k"));

        Assert.Equal([("R&D", "riset"), ("GPT-3.5", "gpt-3-5"), ("GSM8K", "gsm8k")],
                     Found(matcher, "Biaya R&D untuk GPT-3.5 (lihat GSM8K); bukan r&d, GPT-35 atau gsm8k."));
    }

    [Theory]
    [InlineData("Para ISV, mitra kami.", 1)]
    [InlineData("ISV-nya besar.", 1)]
    [InlineData("Banyak ISVs di sini.", 0)]
    [InlineData("Kode XISV salah.", 0)]
    [InlineData("Kode ISV2 salah.", 0)]
    [InlineData("ISV", 1)]
    public void Acronyms_match_only_as_whole_words(string text, int count) =>
        Assert.Equal(count, Matcher(("ISV", "isv")).FindAll(text).Count);

    [Theory]
    [InlineData("Perusahaan start-up AI, kata mereka.", 1)]
    [InlineData("Kecerdasan buatan (AI) berkembang.", 1)]
    [InlineData("Disebut \"AI\" saja.", 1)]
    [InlineData("Disebut ‘AI’ atau “AI”.", 2)]
    [InlineData("Bidang AI/ML dan [AI].", 2)]
    [InlineData("Pesawat AIR dan KAI.", 0)]
    [InlineData("Huruf AIé dan AI\u0301 bukan AI.", 1)]
    public void Punctuation_quotes_and_brackets_are_word_boundaries_letters_and_marks_are_not(string text, int count) =>
        Assert.Equal(count, Matcher(("AI", "ai")).FindAll(text).Count);

    [Fact]
    public void Letters_outside_the_basic_plane_are_word_characters_and_emoji_are_not()
    {
        var matcher = Matcher(("AI", "ai"));

        Assert.Empty(matcher.FindAll("AI\U0001D400 dan \U0001D400AI"));
        Assert.Equal(2, matcher.FindAll("AI\U0001F600 dan \U0001F600AI").Count);
    }

    [Fact]
    public void A_space_in_a_form_does_not_match_a_hyphen_in_the_text()
    {
        Assert.Empty(Matcher(("open source", "open-source")).FindAll("Model open-source itu."));
        Assert.Equal([("open-source", "open-source")],
                     Found(Matcher(("open source", "open-source"), ("open-source", "open-source")), "Model open-source itu."));
    }

    [Fact]
    public void Whitespace_in_a_form_is_normalised_to_single_spaces()
    {
        var matcher = Matcher(("Llama  2", "llama-2"), (" Llama 2 ", "llama-2"), ("model\tbahasa", "lm"));

        Assert.Equal(2, matcher.FormCount);
        Assert.Equal([("Llama 2", "llama-2"), ("model bahasa", "lm")], Found(matcher, "Llama 2 adalah model bahasa."));
        Assert.Equal("Llama 2", matcher.FindAll("Llama 2")[0].Form);
    }

    [Fact]
    public void Overlapping_forms_leave_only_the_leftmost()
    {
        Assert.Equal([("model besar", "model-besar")],
                     Found(Matcher(("model besar", "model-besar"), ("besar sumber", "besar-sumber")), "model besar sumber"));
        Assert.Equal([("model besar", "model-besar")],
                     Found(Matcher(("model besar", "model-besar"), ("besar sumber terbuka", "bst")), "model besar sumber terbuka"));
    }

    [Fact]
    public void A_longer_form_that_fails_at_a_word_boundary_leaves_the_shorter_one()
    {
        var matcher = Matcher(("model", "model"), ("model besar", "model-besar"));

        Assert.Equal([("model", "model")], Found(matcher, "model besarnya"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void An_empty_form_is_rejected_naming_its_term(string form)
    {
        var error = Assert.Throws<ArgumentException>(() => Matcher(("Llama", "llama"), (form, "kosong")));

        Assert.Contains("\"kosong\"", error.Message);
        Assert.Contains("empty form", error.Message);
    }

    [Fact]
    public void A_form_given_for_two_terms_is_rejected_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => Matcher(("Open source", "open-source"), ("open source", "sumber-terbuka")));

        Assert.Contains("\"open-source\"", error.Message);
        Assert.Contains("\"sumber-terbuka\"", error.Message);
        Assert.Contains("\"open source\"", error.Message);
    }

    [Fact]
    public void An_acronym_given_for_two_terms_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Matcher(("MMLU", "mmlu"), ("MMLU", "benchmark")));

        Assert.Contains("\"mmlu\"", error.Message);
        Assert.Contains("\"benchmark\"", error.Message);
    }

    [Fact]
    public void The_same_form_twice_for_one_term_is_kept_once()
    {
        var matcher = Matcher(("MMLU", "mmlu"), ("MMLU", "mmlu"), ("uji MMLU", "mmlu"), ("Uji mmlu", "mmlu"));

        Assert.Equal(2, matcher.FormCount);
        Assert.Single(matcher.FindAll("Skor MMLU naik."));
    }

    [Fact]
    public void Text_without_terms_and_empty_text_give_no_matches()
    {
        Assert.Empty(Llamas.FindAll("Tidak ada istilah di kalimat ini, hanya llamas dan alpaka."));
        Assert.Empty(Llamas.FindAll(""));
        Assert.Empty(TermMatcher.Build([]).FindAll("Llama 2"));
    }

    [Fact]
    public void The_order_forms_are_given_in_does_not_change_the_matches()
    {
        var forms = new[] { ("Llama", "llama"), ("Llama 2", "llama-2"), ("70B", "70b"), ("model besar", "mb"), ("besar sumber", "bs") };
        const string text = "Llama 2 70B, model besar sumber dan Llama 70B.";

        var forwards = Matcher(forms).FindAll(text);
        var backwards = Matcher([.. forms.Reverse()]).FindAll(text);

        Assert.Equal(forwards, backwards);
        Assert.Equal(forwards, Matcher(forms).FindAll(text));
    }

    [Fact]
    public void Letters_outside_ascii_fold_and_keep_case_like_ascii_ones()
    {
        var matcher = Matcher(("kafé", "kafe"), ("ÉCOLE", "ecole"), ("Ελλάδα", "yunani"));

        Assert.Equal([("KAFÉ", "kafe"), ("ÉCOLE", "ecole"), ("ελλάδα", "yunani")], Found(matcher, "KAFÉ, ÉCOLE, école, ελλάδα."));
    }

    [Fact]
    public void A_long_form_beats_the_short_forms_inside_it()
    {
        var longForm = string.Join(' ', Enumerable.Repeat("model bahasa besar", 6));
        var matcher = Matcher((longForm, "panjang"), ("model bahasa", "mb"), ("besar", "besar"));

        Assert.Equal([("besar", "besar"), (longForm, "panjang"), ("model bahasa", "mb")],
                     Found(matcher, "besar " + longForm + " model bahasa"));
    }

    [Theory]
    [InlineData(Automaton.DefaultDenseCellBudget)]  // every state dense
    [InlineData(64)]                                 // a few dense states, the rest sparse
    [InlineData(1)]                                  // only the root dense
    public void Matches_agree_with_a_naive_search_on_random_text(int denseCellBudget)
    {
        var random = new Random(7);
        const string alphabet = "aAbBéÉ -.";
        string Word(int max) => new([.. Enumerable.Range(0, random.Next(1, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

        for (var round = 0; round < 300; round++)
        {
            var forms = new List<TermForm>();
            var idOf = new Dictionary<(bool, string), string>();
            for (var i = 0; i < random.Next(1, 20); i++)
            {
                var form = Word(8).Trim();
                if (form.Length == 0 || form.Contains("  ")) continue;
                var caseSensitive = !form.Any(char.IsLower);
                var identity = (caseSensitive, caseSensitive ? form : form.ToLowerInvariant());
                if (!idOf.TryGetValue(identity, out var id)) idOf[identity] = id = "t" + i;
                forms.Add(new(form, id));
            }
            var text = Word(80);
            var matcher = TermMatcher.Build(forms, denseCellBudget);

            Assert.Equal(NaiveFind(forms, text), Found(matcher, text));
        }
    }

    /// <summary>The rules written out the slow way: at each start, the longest fitting form (an exact-case acronym first); then continue after it.</summary>
    private static (string, string)[] NaiveFind(List<TermForm> forms, string text)
    {
        static bool Word(char c) => char.IsLetterOrDigit(c);
        static bool SameIgnoringCase(string a, string b) => a.Length == b.Length && a.Zip(b).All(p => char.ToLowerInvariant(p.First) == char.ToLowerInvariant(p.Second));
        var found = new List<(string, string)>();
        for (var start = 0; start < text.Length;)
        {
            var best = forms
                .Where(f => start + f.Form.Length <= text.Length)
                .Where(f => f.Form.Any(char.IsLower)
                    ? SameIgnoringCase(text.Substring(start, f.Form.Length), f.Form)
                    : text.Substring(start, f.Form.Length) == f.Form)
                .Where(f => (start == 0 || !Word(text[start - 1])) && (start + f.Form.Length == text.Length || !Word(text[start + f.Form.Length])))
                .OrderByDescending(f => f.Form.Length)
                .ThenBy(f => f.Form.Any(char.IsLower))
                .FirstOrDefault();
            if (best is null)
            {
                start++;
                continue;
            }
            found.Add((text.Substring(start, best.Form.Length), best.TermId));
            start += best.Form.Length;
        }
        return [.. found];
    }
}
