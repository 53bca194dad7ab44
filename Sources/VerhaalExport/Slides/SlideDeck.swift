import VerhaalKit

/// The slides of a narrative: a title slide, one slide per lesson, perspective or own section,
/// a slide per remarkable pattern with its figure, and a closing slide. Slide texts are shortened to fit; the notes keep every word.
public enum SlideDeck {
    static let titleLimit = 70
    static let quoteLimit = 200
    static let bulletLimit = 90

    public static func slides(from narrative: Narrative) -> [Slide] {
        var slides = [titleSlide(narrative)]
        func visit(_ sections: [Section]) {
            for section in sections {
                switch section.kind {
                case .lesson, .perspective, .custom: slides.append(slide(for: section))
                case .patterns: slides += section.subsections.map(patternSlide)
                case .closing: slides.append(closingSlide(section))
                case .group: visit(section.subsections)
                case .introduction, .route, .appendix: break
                }
            }
        }
        visit(narrative.sections)
        return slides
    }

    private static func titleSlide(_ narrative: Narrative) -> Slide {
        let byline = [
            narrative.authors.joined(separator: ", "),
            narrative.date.map { DocumentStrings.forLanguage(narrative.language).format($0) },
        ]
        .compactMap { $0 }.filter { !$0.isEmpty }
        let intro = narrative.sections.first { $0.kind == .introduction }
        return Slide(
            title: SlideText.fit(narrative.title, limit: titleLimit),
            subtitle: narrative.subtitle.map { SlideText.fit($0, limit: bulletLimit) },
            bullets: byline.map { SlideText.fit($0, limit: 2 * bulletLimit) },
            notes: [narrative.title, narrative.subtitle].compactMap { $0 } + (intro.map { notes($0.blocks) } ?? []))
    }

    private static func slide(for section: Section) -> Slide {
        let quote =
            section.kind == .perspective
            ? nil
            : section.blocks.lazy.compactMap { block -> QuoteBlock? in
                if case .quote(let quote) = block { return quote }
                return nil
            }.first
        var bullets: [String] = []
        if section.kind == .perspective {
            for case .questions(_, let questions) in section.blocks { bullets += questions.map(\.plainText) }
        } else {
            // Anecdotes told here first, then those told earlier in the document.
            for case .anecdote(let anecdote) in section.blocks { bullets.append(anecdote.title) }
            for case .references(_, let references) in section.blocks {
                bullets += references.filter { $0.kind == .anecdote }.map(\.title)
            }
            bullets = Array(bullets.prefix(3))
        }
        return Slide(
            title: SlideText.fit(section.title, limit: titleLimit),
            quote: quote.map { (SlideText.fit(notes($0.content).joined(separator: " "), limit: quoteLimit), $0.attribution) },
            bullets: bullets.map { SlideText.fit($0, limit: bulletLimit) },
            notes: [section.title] + notes(section.blocks))
    }

    /// A pattern's figure, with the interpretations' titles beside it.
    private static func patternSlide(_ section: Section) -> Slide {
        var figure: FigureBlock?
        var bullets: [String] = []
        for block in section.blocks {
            if case .figure(let found) = block, figure == nil { figure = found }
            if case .table(let table) = block, table.role == "interpretations" { bullets = table.header }
        }
        return Slide(
            title: SlideText.fit(section.title, limit: titleLimit), bullets: bullets.map { SlideText.fit($0, limit: bulletLimit) },
            figure: figure, notes: [section.title] + notes(section.blocks))
    }

    private static func closingSlide(_ section: Section) -> Slide {
        let texts = notes(section.blocks)
        return Slide(
            title: SlideText.fit(section.title, limit: titleLimit),
            bullets: texts.prefix(4).map { SlideText.fit($0, limit: bulletLimit) },
            notes: [section.title] + texts)
    }

    /// Every text of the blocks, one paragraph each, unshortened, in document order.
    static func notes(_ blocks: [Block]) -> [String] {
        var texts: [String] = []
        func enter(_ block: Block) {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): texts.append(inlines.plainText)
            case .code(let text): texts.append(text)
            case .quote(let quote): texts += [quote.title].compactMap { $0 }
            case .anecdote(let anecdote): texts += [anecdote.title, anecdote.meta.plainText]
            case .questions(let title, let questions): texts += [title].compactMap { $0 } + questions.map(\.plainText)
            case .figure(let figure): texts += [figure.title, figure.description]
            case .table(let table): texts += table.rows.map { $0.cells.map(\.plainText).joined(separator: " · ") }
            case .references(let title, let references): texts += [title].compactMap { $0 } + references.map { $0.inlines.plainText }
            case .markdown(let text): Markdown.blocks(from: text).forEachBlock(enter, exit: exit)
            case .list, .blockQuote: break
            }
        }
        func exit(_ block: Block) {
            if case .quote(let quote) = block, !quote.attribution.isEmpty { texts.append("— " + quote.attribution) }
        }
        blocks.forEachBlock(enter, exit: exit)
        return texts.filter { !$0.isEmpty }
    }
}
