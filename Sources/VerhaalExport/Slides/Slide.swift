import VerhaalKit

/// One slide: what a board sees, and the full texts for the speaker.
public struct Slide: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    /// A quote shown large, with its attribution.
    public var quote: (text: String, attribution: String)?
    public var bullets: [String]
    /// A chart shown left of the bullets.
    public var figure: FigureBlock?
    /// Speaker notes: the full texts, one paragraph each.
    public var notes: [String]

    public init(
        title: String, subtitle: String? = nil, quote: (text: String, attribution: String)? = nil,
        bullets: [String] = [], figure: FigureBlock? = nil, notes: [String] = []
    ) {
        self.figure = figure
        self.title = title
        self.subtitle = subtitle
        self.quote = quote
        self.bullets = bullets
        self.notes = notes
    }

    public static func == (lhs: Slide, rhs: Slide) -> Bool {
        lhs.title == rhs.title && lhs.subtitle == rhs.subtitle && lhs.quote?.text == rhs.quote?.text
            && lhs.quote?.attribution == rhs.quote?.attribution && lhs.bullets == rhs.bullets && lhs.figure == rhs.figure
            && lhs.notes == rhs.notes
    }
}
