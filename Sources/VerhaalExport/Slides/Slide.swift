import VerhaalKit

/// One slide: what a board sees, and the full texts for the speaker.
public struct Slide: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    /// A quote shown large, with its attribution (empty when there is none, or when the quote
    /// continues on the next slide).
    public var quote: (text: String, attribution: String)?
    /// The texts under the title or the quote.
    public var bullets: [String]
    /// Whether the texts are bullets (stories, questions) or paragraphs (introduction, closing).
    public var bulleted: Bool
    /// A chart shown left of the bullets.
    public var figure: FigureBlock?
    /// Speaker notes: the full texts, one paragraph each.
    public var notes: [String]
    /// The title slide, on its own master page.
    public var isTitleSlide: Bool
    /// The title's size in points, chosen by `SlideFit`.
    public var titleSize: Int
    /// The size of the texts in points, chosen by `SlideFit` (the quote is 2 points larger).
    public var textSize: Int

    public init(
        title: String, subtitle: String? = nil, quote: (text: String, attribution: String)? = nil,
        bullets: [String] = [], bulleted: Bool = true, figure: FigureBlock? = nil, notes: [String] = [],
        isTitleSlide: Bool = false
    ) {
        self.figure = figure
        self.title = title
        self.subtitle = subtitle
        self.quote = quote
        self.bullets = bullets
        self.bulleted = bulleted
        self.notes = notes
        self.isTitleSlide = isTitleSlide
        self.titleSize = SlideFit.titleSizes[0]
        self.textSize = SlideFit.textSizes[0]
    }

    /// Whether the slide shows anything beyond its title.
    public var hasContent: Bool {
        !(quote?.text.isEmpty ?? true) || !bullets.isEmpty || figure != nil || subtitle != nil
    }

    public static func == (lhs: Slide, rhs: Slide) -> Bool {
        lhs.title == rhs.title && lhs.subtitle == rhs.subtitle && lhs.quote?.text == rhs.quote?.text
            && lhs.quote?.attribution == rhs.quote?.attribution && lhs.bullets == rhs.bullets && lhs.bulleted == rhs.bulleted
            && lhs.figure == rhs.figure && lhs.notes == rhs.notes && lhs.isTitleSlide == rhs.isTitleSlide
            && lhs.titleSize == rhs.titleSize && lhs.textSize == rhs.textSize
    }
}
