namespace KnowledgeSite.Checking;

/// <summary>What the HTML5 parsing rules say about an element name, as far as <see cref="HtmlScanner"/> needs it.</summary>
[Flags]
internal enum ElementTraits
{
    None = 0,
    /// <summary>Has no content and no end tag: br, img, meta …</summary>
    Void = 1 << 0,
    /// <summary>Content is raw text up to the matching end tag: script, style …</summary>
    RawText = 1 << 1,
    /// <summary>Content is text with character references up to the matching end tag: title, textarea.</summary>
    EscapableRawText = 1 << 2,
    /// <summary>Opening it closes an open &lt;p&gt; implicitly (HTML5 "close a p element").</summary>
    ClosesParagraph = 1 << 3,
    /// <summary>HTML5's "special" category: stops the search for an open li, dd or dt.</summary>
    Special = 1 << 4,
    /// <summary>Bounds the "has an element in scope" search.</summary>
    ScopeBoundary = 1 << 5,
    /// <summary>Bounds the search for an open &lt;a&gt; (the "marker" elements of the formatting list).</summary>
    FormattingMarker = 1 << 6,
    /// <summary>May appear inside &lt;head&gt;.</summary>
    HeadContent = 1 << 7,
    Heading = 1 << 8,
    /// <summary>An HTML element that, met inside SVG or MathML, ends the foreign content.</summary>
    LeavesForeignContent = 1 << 9,
    /// <summary>Text other than whitespace may not appear directly inside it.</summary>
    NoText = 1 << 10,
    /// <summary>Never valid in a page this site produces: frameset, plaintext …</summary>
    Refused = 1 << 11,
}

/// <summary>The element names the scanner knows, with their traits; any other name has none.</summary>
internal static class HtmlElements
{
    private static readonly Dictionary<string, ElementTraits> Traits = Build();

    /// <summary>Looks names up without allocating a string per tag.</summary>
    private static readonly Dictionary<string, ElementTraits>.AlternateLookup<ReadOnlySpan<char>> ByChars = Traits.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The known name (one shared string per name) and its traits; unknown names get a new string.</summary>
    public static (string Name, ElementTraits Traits) Lookup(ReadOnlySpan<char> lowerCaseName) =>
        ByChars.TryGetValue(lowerCaseName, out var name, out var traits) ? (name, traits) : (lowerCaseName.ToString(), ElementTraits.None);

    public static ElementTraits Of(string name) => Traits.GetValueOrDefault(name);

    private static Dictionary<string, ElementTraits> Build()
    {
        var traits = new Dictionary<string, ElementTraits>(StringComparer.Ordinal);
        void Add(ElementTraits trait, string names)
        {
            foreach (var name in names.Split(' '))
                traits[name] = traits.GetValueOrDefault(name) | trait;
        }

        Add(ElementTraits.Void, "area base basefont bgsound br col embed hr img input keygen link meta param source track wbr");
        Add(ElementTraits.RawText, "script style xmp iframe noembed noframes");
        Add(ElementTraits.EscapableRawText, "title textarea");
        Add(ElementTraits.ClosesParagraph,
            "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul "
            + "h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr xmp");
        Add(ElementTraits.Special,
            "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset "
            + "figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta "
            + "nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot "
            + "th thead title tr track ul wbr xmp");
        Add(ElementTraits.ScopeBoundary, "applet caption html table td th marquee object template");
        Add(ElementTraits.FormattingMarker, "applet object marquee template td th caption");
        Add(ElementTraits.HeadContent, "base basefont bgsound link meta title noscript noframes style script template");
        Add(ElementTraits.Heading, "h1 h2 h3 h4 h5 h6");
        Add(ElementTraits.LeavesForeignContent,
            "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span "
            + "strike strong sub sup table tt u ul var font");
        Add(ElementTraits.NoText, "html head table thead tbody tfoot tr colgroup");
        Add(ElementTraits.Refused, "frameset frame plaintext image isindex");
        // Names that are common in pages but have no traits, so that looking them up allocates nothing.
        Add(ElementTraits.None,
            "a abbr audio bdi bdo canvas cite data datalist del dfn ins kbd label legend mark meter optgroup option output picture progress q rp rt samp select "
            + "slot small time video svg math g path rect circle ellipse line polyline polygon text tspan defs marker use symbol lineargradient radialgradient stop "
            + "clippath mask pattern desc foreignobject mi mo mn ms mtext annotation-xml");
        return traits;
    }
}
