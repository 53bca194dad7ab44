import VerhaalKit

/// Makes a slide's texts fit: first a smaller size, in steps, then the rest on a next slide
/// with the same title and "(vervolg)", so no text is ever cut. Text height is estimated from
/// the number of characters per line, on the safe side (Liberation Sans averages about half an
/// em per character).
public enum SlideFit {
    static let slideWidth = 28.0
    static let slideHeight = 15.75
    static let titleBarHeight = 2.6
    static let footerHeight = 0.9
    static let contentLeft = 1.5
    static let contentTop = 3.2
    static let contentWidth = 25.0
    static let bulletIndent = 1.0

    /// Title sizes, largest first (points).
    public static let titleSizes = [28, 24, 20]
    /// Text sizes, largest first (points); the quote is 2 points larger, its attribution 2 smaller.
    public static let textSizes = [24, 22, 20, 18]
    /// The sizes a slide of running text alone (an introduction, a closing) tries first, so
    /// that a few sentences fill the slide instead of its top.
    public static let largeTextSizes = [40, 36, 32, 28]
    /// Every size a paragraph style exists for.
    static var allTextSizes: [Int] { largeTextSizes + textSizes }

    static var contentHeight: Double { slideHeight - footerHeight - contentTop - 0.2 }

    private static let centimetresPerPoint = 0.03528
    private static let characterWidth = 0.55
    private static let lineHeight = 1.2

    static func paragraphSpacing(_ size: Int) -> Double { Double(size) * 0.35 * centimetresPerPoint }

    /// The lines `text` takes at `size` points in a box `width` cm wide, wrapping at words.
    static func lines(_ text: String, size: Int, width: Double) -> Int {
        let perLine = max(8, Int(width / (characterWidth * Double(size) * centimetresPerPoint)))
        var lines = 1
        var used = 0
        for word in text.split(whereSeparator: \.isWhitespace) {
            let length = word.count
            if used == 0 {
                used = length
            } else if used + 1 + length <= perLine {
                used += 1 + length
            } else {
                lines += 1
                used = length
            }
            while used > perLine {
                lines += 1
                used -= perLine
            }
        }
        return lines
    }

    /// The height in cm of one paragraph, with the space after it.
    static func height(_ text: String, size: Int, width: Double) -> Double {
        Double(lines(text, size: size, width: width)) * Double(size) * lineHeight * centimetresPerPoint + paragraphSpacing(size)
    }

    /// The slide at the largest sizes at which it fits; or, at the smallest size, as many
    /// slides as its texts need.
    public static func layOut(_ slide: Slide, continued: String) -> [Slide] {
        var slide = slide
        slide.titleSize = titleSizes.first { lines(slide.title, size: $0, width: contentWidth) <= 2 } ?? titleSizes.last!
        guard !slide.isTitleSlide else { return [slide] }
        let isRunningText = !slide.bulleted && slide.figure == nil && slide.quote == nil && slide.subtitle == nil
        for size in (isRunningText ? largeTextSizes : []) + textSizes where bodyHeight(slide, size: size) <= contentHeight {
            slide.textSize = size
            return [slide]
        }
        return paginate(slide, size: textSizes.last!, continued: continued)
    }

    private static func textWidth(_ slide: Slide) -> Double {
        contentWidth - (slide.bulleted ? bulletIndent : 0) - 0.3
    }

    /// Where a figure goes on a slide whose text takes `textHeight` cm: under the text, centred,
    /// as large as the rest of the content area allows at the figure's proportions.
    static func figureFrame(_ figure: FigureBlock, below textHeight: Double) -> (x: Double, y: Double, width: Double, height: Double) {
        let top = contentTop + (textHeight > 0 ? textHeight + 0.3 : 0)
        let maximumHeight = contentTop + contentHeight - top
        let ratio = figure.width > 0 ? figure.height / figure.width : 0.5
        let width = min(contentWidth, maximumHeight / ratio)
        return (contentLeft + (contentWidth - width) / 2, top, width, width * ratio)
    }

    private static func quoteHeight(_ quote: (text: String, attribution: String)?, size: Int) -> Double {
        guard let quote, !quote.text.isEmpty else { return 0 }
        return height("“" + quote.text + "”", size: size + 2, width: contentWidth - 0.3)
            + (quote.attribution.isEmpty ? 0 : height("— " + quote.attribution, size: size - 2, width: contentWidth - 0.3))
    }

    static func bodyHeight(_ slide: Slide, size: Int) -> Double {
        let bullets = slide.bullets.reduce(0) { $0 + height($1, size: size, width: textWidth(slide)) }
        let subtitle = slide.subtitle.map { height($0, size: size + 2, width: contentWidth) } ?? 0
        // Beside a figure, the bullets only need the figure's height.
        return subtitle + quoteHeight(slide.quote, size: size) + bullets
    }

    /// Fills slides in order: the quote first, then the texts; a text too long for a slide of
    /// its own is split at words.
    private static func paginate(_ slide: Slide, size: Int, continued: String) -> [Slide] {
        var pieces: [(kind: PieceKind, text: String)] = []
        if let quote = slide.quote, !quote.text.isEmpty {
            let limit =
                contentHeight - (quote.attribution.isEmpty ? 0 : height("— " + quote.attribution, size: size - 2, width: contentWidth))
            pieces += split(quote.text, size: size + 2, width: contentWidth - 0.3, height: limit).map { (.quote, $0) }
        }
        for bullet in slide.bullets {
            pieces += split(bullet, size: size, width: textWidth(slide), height: contentHeight).map { (.text, $0) }
        }
        var slides: [Slide] = []
        var current = Slide(title: slide.title, bulleted: slide.bulleted, figure: slide.figure, notes: slide.notes)
        current.subtitle = slide.subtitle
        current.titleSize = slide.titleSize
        current.textSize = size
        func flush() {
            slides.append(current)
            current = Slide(title: slide.title + " " + continued, bulleted: slide.bulleted, notes: [])
            current.titleSize = titleSizes.first { lines(current.title, size: $0, width: contentWidth) <= 2 } ?? titleSizes.last!
            current.textSize = size
        }
        for (index, piece) in pieces.enumerated() {
            var trial = current
            let isLastQuotePiece = piece.kind == .quote && (index + 1 == pieces.count || pieces[index + 1].kind != .quote)
            switch piece.kind {
            case .quote:
                let text = [trial.quote?.text ?? "", piece.text].filter { !$0.isEmpty }.joined(separator: " ")
                trial.quote = (text, isLastQuotePiece ? slide.quote?.attribution ?? "" : "")
            case .text: trial.bullets.append(piece.text)
            }
            if bodyHeight(trial, size: size) > contentHeight && current.hasContent {
                flush()
                trial = current
                switch piece.kind {
                case .quote: trial.quote = (piece.text, isLastQuotePiece ? slide.quote?.attribution ?? "" : "")
                case .text: trial.bullets.append(piece.text)
                }
            }
            current = trial
        }
        if current.hasContent { slides.append(current) }
        return slides
    }

    private enum PieceKind { case quote, text }

    /// `text` in pieces of whole words that each fit in `height` cm.
    private static func split(_ text: String, size: Int, width: Double, height limit: Double) -> [String] {
        guard height(text, size: size, width: width) > limit else { return [text] }
        var pieces: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && height(candidate + " …", size: size, width: width) > limit {
                pieces.append(current + " …")
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
