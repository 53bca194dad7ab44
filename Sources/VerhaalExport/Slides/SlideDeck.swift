import VerhaalKit

/// The slides of a narrative: a title slide, the introduction, one slide per lesson,
/// perspective or own section that has something to show, a slide per remarkable pattern with
/// its figure, and a closing slide. `SlideFit` sizes every text and continues on a next slide
/// what does not fit; the notes keep every word.
public enum SlideDeck {
    /// At most this many stories are named on a lesson's slide; "+ N meer" says how many more.
    public static let storiesPerSlide = 4

    public static func slides(from narrative: Narrative) -> [Slide] {
        let strings = DocumentStrings.forLanguage(narrative.language)
        var slides = [titleSlide(narrative, strings: strings)]
        func visit(_ sections: [Section]) {
            for section in sections {
                switch section.kind {
                case .introduction: slides.append(textSlide(section))
                case .lesson, .perspective, .custom: slides.append(slide(for: section, strings: strings))
                case .selection, .session: slides.append(summarySlide(section))
                case .patterns: slides += section.subsections.map(patternSlide)
                case .closing: slides.append(textSlide(section))
                case .group:
                    // The domains without a chosen story share one slide, after the chosen ones.
                    let unchosen = section.subsections.filter { $0.kind == .selection && $0.summary?.heading == nil }
                    visit(section.subsections.filter { !unchosen.contains($0) })
                    if !unchosen.isEmpty { slides.append(unchosenSlide(unchosen, strings: strings)) }
                case .route, .appendix: break
                }
            }
        }
        visit(narrative.sections)
        return slides.filter { $0.isTitleSlide || $0.hasContent }.flatMap { SlideFit.layOut($0, continued: strings.continued) }
    }

    private static func titleSlide(_ narrative: Narrative, strings: DocumentStrings) -> Slide {
        let byline = TitlePage.lines(of: narrative)
        return Slide(
            title: narrative.title, subtitle: narrative.subtitle, bullets: byline, bulleted: false,
            notes: [narrative.title, narrative.subtitle].compactMap { $0 }, isTitleSlide: true)
    }

    /// The introduction or the closing: its paragraphs as they are, list items as bullets.
    private static func textSlide(_ section: Section) -> Slide {
        let texts = notes(section.blocks)
        return Slide(title: section.title, bullets: texts, bulleted: false, notes: [section.title] + texts)
    }

    private static func slide(for section: Section, strings: DocumentStrings) -> Slide {
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
            // The stories told here first (but the quote the slide shows), then those told
            // earlier in the document.
            for block in section.blocks {
                switch block {
                case .anecdote(let anecdote): bullets.append(anecdote.title)
                case .quote(let other) where other.id != quote?.id: bullets += [other.title].compactMap { $0 }
                default: break
                }
            }
            for case .references(_, let references) in section.blocks { bullets += references.map(\.title) }
            if bullets.count > storiesPerSlide {
                bullets = Array(bullets.prefix(storiesPerSlide - 1)) + [strings.more(bullets.count - storiesPerSlide + 1)]
            }
        }
        // A section without stories (show-empty, or a round's "geen keuze") still says what it
        // is about: its paragraphs.
        var bulleted = true
        if bullets.isEmpty && quote == nil {
            bullets = section.blocks.compactMap { block in
                if case .paragraph(let inlines) = block { return inlines.plainText }
                return nil
            }
            bulleted = false
        }
        let shown =
            quote.map { (notes($0.content).joined(separator: " "), $0.attribution) }
            ?? section.summary?.quote.map { ($0, section.summary?.attribution ?? "") }
        return Slide(
            title: section.title, quote: shown, bullets: bullets, bulleted: bulleted, notes: [section.title] + notes(section.blocks))
    }

    /// A chosen story (its title, a passage, who chose it and why, any dissent) or a session
    /// (who led it, its outcomes and the stories that resonated), as the composer summed it up.
    private static func summarySlide(_ section: Section) -> Slide {
        let summary = section.summary ?? SectionSummary()
        return Slide(
            title: section.title, subtitle: summary.heading, quote: summary.quote.map { ($0, summary.attribution) },
            bullets: summary.lines, bulleted: summary.bulleted, notes: [section.title] + notes(section.blocks))
    }

    /// The domains of a round without a chosen story, each with the panel's reason.
    private static func unchosenSlide(_ sections: [Section], strings: DocumentStrings) -> Slide {
        let lines = sections.map { section in section.title + ": " + (section.summary?.lines.first ?? "") }
        return Slide(
            title: strings.selections.withoutChoice, bullets: lines, bulleted: true,
            notes: sections.flatMap { [$0.title] + notes($0.blocks) })
    }

    /// A pattern: the observation's name as title, one line of what was seen, and its figure
    /// as large as the slide allows; the interpretations are in the notes.
    private static func patternSlide(_ section: Section) -> Slide {
        var figure = section.summary?.figure
        for case .figure(let found) in section.blocks where figure == nil { figure = found }
        return Slide(
            title: section.title, bullets: section.summary?.lines ?? [], bulleted: false, figure: figure,
            notes: [section.title] + notes(section.blocks))
    }

    /// Every text of the blocks, one paragraph each, unshortened, in document order.
    public static func notes(_ blocks: [Block]) -> [String] {
        var texts: [String] = []
        func enter(_ block: Block) {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): texts.append(inlines.plainText)
            case .code(let text): texts.append(text)
            case .quote(let quote): texts += [quote.title].compactMap { $0 }
            case .anecdote(let anecdote): texts += [anecdote.title, anecdote.meta.plainText]
            case .questions(let title, let questions): texts += [title].compactMap { $0 } + questions.map(\.plainText)
            case .figure(let figure): texts += [figure.title, figure.description]
            case .image(let image): texts += [image.alt]
            case .table(let table):
                texts += [table.header.joined(separator: " · ")] + table.rows.map { $0.cells.map(\.plainText).joined(separator: " · ") }
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
