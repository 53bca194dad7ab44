import VerhaalKit

/// Writes the slides as `office:presentation` pages, for the flat file and the package: a
/// title frame, one content frame (subtitle, quote, texts) and, on a pattern's slide, its
/// figure; the full texts go in the speaker notes.
struct ODPBody {
    let xml: XMLWriter
    /// True in the flat file: figures go in as `office:binary-data`; in the package they are
    /// files under `Pictures/`.
    let embedsImages: Bool

    /// `office:body` with a `draw:page` per slide of `slides` (the narrative's deck, when the
    /// caller has not laid it out already).
    static func writeOfficeBody(_ narrative: Narrative, slides: [Slide]? = nil, to xml: XMLWriter, embedsImages: Bool) throws {
        let body = ODPBody(xml: xml, embedsImages: embedsImages)
        try xml.start("office:body")
        try xml.start("office:presentation")
        try xml.newline()
        for (index, slide) in (slides ?? SlideDeck.slides(from: narrative)).enumerated() {
            try body.write(slide, number: index + 1)
        }
        try xml.end()
        try xml.end()
    }

    private func write(_ slide: Slide, number: Int) throws {
        try xml.start("draw:page")
        try xml.attribute("draw:name", "dia\(number)")
        try xml.attribute("draw:style-name", slide.isTitleSlide ? "DiaTitel" : "Dia")
        try xml.attribute("draw:master-page-name", slide.isTitleSlide ? "Titel" : "Verhaal")
        try xml.newline()
        if slide.isTitleSlide {
            try titleSlide(slide)
        } else {
            try contentSlide(slide)
        }
        try xml.start("presentation:notes")
        try xml.attribute("draw:style-name", "Dia")
        try frame(class: "notes", x: 2, y: 2, width: 17, height: 25) {
            for note in slide.notes { try paragraph(note, style: "PNotitie") }
        }
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    private func titleSlide(_ slide: Slide) throws {
        try frame(class: "title", style: "KaderMidden", x: 1.5, y: 2.2, width: 25, height: 5) {
            try paragraph(slide.title, style: "PTitelGroot")
        }
        if let subtitle = slide.subtitle {
            try frame(class: "subtitle", x: 1.5, y: 7.4, width: 25, height: 2.6) { try paragraph(subtitle, style: "PSubtitel") }
        }
        if !slide.bullets.isEmpty {
            try frame(class: "text", x: 1.5, y: 10.6, width: 25, height: 3.5) {
                for line in slide.bullets { try paragraph(line, style: "PByline") }
            }
        }
    }

    private func contentSlide(_ slide: Slide) throws {
        try frame(
            class: "title", style: "KaderMidden", x: 1.2, y: 0.3, width: SlideFit.slideWidth - 2.4, height: SlideFit.titleBarHeight - 0.6
        ) {
            try paragraph(slide.title, style: ODPStyles.titleStyle(slide.titleSize))
        }
        if let figure = slide.figure {
            try self.figure(figure, below: SlideFit.bodyHeight(slide, size: slide.textSize))
        }
        guard slide.hasContent && !(slide.figure != nil && slide.bullets.isEmpty) else { return }
        let size = slide.textSize
        let height = slide.figure == nil ? SlideFit.contentHeight : SlideFit.bodyHeight(slide, size: size) + 0.3
        try frame(
            class: slide.bulleted ? "outline" : "text", x: SlideFit.contentLeft, y: SlideFit.contentTop, width: SlideFit.contentWidth,
            height: height
        ) {
            if let subtitle = slide.subtitle { try paragraph(subtitle, style: ODPStyles.headingStyle(size)) }
            if let quote = slide.quote, !quote.text.isEmpty {
                try paragraph("“\(quote.text)”", style: ODPStyles.quoteStyle(size))
                if !quote.attribution.isEmpty { try paragraph("— " + quote.attribution, style: ODPStyles.attributionStyle(size)) }
            }
            guard !slide.bullets.isEmpty else { return }
            if slide.bulleted {
                try xml.start("text:list")
                try xml.attribute("text:style-name", ODPStyles.bulletStyle(size))
                for bullet in slide.bullets {
                    try xml.start("text:list-item")
                    try paragraph(bullet, style: ODPStyles.textStyle(size))
                    try xml.end()
                }
                try xml.end()
            } else {
                for text in slide.bullets { try paragraph(text, style: ODPStyles.textStyle(size)) }
            }
        }
    }

    private func frame(
        class presentationClass: String, style: String = "Kader", x: Double, y: Double, width: Double, height: Double,
        content: () throws -> Void
    ) throws {
        try xml.start("draw:frame")
        try xml.attribute("presentation:style-name", style)
        try xml.attribute("presentation:class", presentationClass)
        try xml.attribute("presentation:user-transformed", "true")
        try ODPStyles.geometry(x: x, y: y, width: width, height: height, xml)
        try xml.start("draw:text-box")
        try content()
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    /// The chart under the slide's line of text, centred and as large as fits, its SVG in the
    /// file itself or in the package.
    private func figure(_ figure: FigureBlock, below textHeight: Double) throws {
        let frame = SlideFit.figureFrame(figure, below: textHeight)
        try xml.start("draw:frame")
        try xml.attribute("draw:name", XMLName.id(figure.id))
        try ODPStyles.geometry(x: frame.x, y: frame.y, width: frame.width, height: frame.height, xml)
        try ODFImage.write(figure, href: embedsImages ? nil : ODFPictures.path(figure), to: xml)
        try xml.end()
        try xml.newline()
    }

    private func paragraph(_ text: String, style: String) throws {
        try xml.start("text:p")
        try xml.attribute("text:style-name", style)
        try ODFText.write(text, to: xml)
        try xml.end()
    }
}
