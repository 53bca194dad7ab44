import Foundation
import VerhaalKit

/// Writes a narrative's slides as one flat OpenDocument presentation (`.fodp`, ODF 1.3),
/// 16:9, with the full texts in the speaker notes.
public enum FlatODPWriter {
    public static func write(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document", in: xml, mediaType: ODFNamespaces.presentationMediaType)
        try ODFMeta.write(narrative, to: xml)
        try ODPStyles.write(language: narrative.language, to: xml)
        try xml.start("office:body")
        try xml.start("office:presentation")
        try xml.newline()
        for (index, slide) in SlideDeck.slides(from: narrative).enumerated() {
            try write(slide, number: index + 1, to: xml)
        }
        try xml.end()
        try xml.end()
        try xml.end()
        return try xml.finish()
    }

    private static func write(_ slide: Slide, number: Int, to xml: XMLWriter) throws {
        try xml.start("draw:page")
        try xml.attribute("draw:name", "dia\(number)")
        try xml.attribute("draw:style-name", "Dia")
        try xml.attribute("draw:master-page-name", "Verhaal")
        try xml.newline()
        let isTitleSlide = number == 1
        try frame(
            class: "title", style: isTitleSlide ? "PTitelGroot" : "PTitel",
            x: 1.5, y: isTitleSlide ? 4.5 : 0.6, width: 25, height: isTitleSlide ? 3 : 2.8,
            paragraphs: [slide.title], xml)
        var y = isTitleSlide ? 7.8 : 3.9
        if let subtitle = slide.subtitle {
            try frame(class: "subtitle", style: "PSubtitel", x: 1.5, y: y, width: 25, height: 1.6, paragraphs: [subtitle], xml)
            y += 1.9
        }
        if let quote = slide.quote {
            try frame(
                class: "text", style: "PCitaat", x: 2, y: y, width: 24, height: 4.6,
                paragraphs: ["“\(quote.text)”"] + (quote.attribution.isEmpty ? [] : ["— " + quote.attribution]), xml)
            y += 4.9
        }
        if let figure = slide.figure {
            try self.figure(figure, y: y, xml)
            try frame(
                class: "outline", style: "PPunt", x: 16.5, y: y, width: 10.5, height: max(2, 15.2 - y), paragraphs: slide.bullets,
                bullets: true, xml)
        } else if !slide.bullets.isEmpty {
            try frame(
                class: isTitleSlide ? "text" : "outline", style: isTitleSlide ? "PSubtitel" : "PPunt",
                x: 2, y: y, width: 24, height: max(2, 15.2 - y), paragraphs: slide.bullets,
                bullets: !isTitleSlide, xml)
        }
        try xml.start("presentation:notes")
        try xml.attribute("draw:style-name", "Dia")
        try frame(class: "notes", style: "PNotitie", x: 2, y: 2, width: 17, height: 25, paragraphs: slide.notes, xml)
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    private static func frame(
        class presentationClass: String, style: String, x: Double, y: Double, width: Double, height: Double,
        paragraphs: [String], bullets: Bool = false, _ xml: XMLWriter
    ) throws {
        try xml.start("draw:frame")
        try xml.attribute("presentation:style-name", "Kader")
        try xml.attribute("presentation:class", presentationClass)
        try xml.attribute("presentation:user-transformed", "true")
        for (name, value) in [("svg:x", x), ("svg:y", y), ("svg:width", width), ("svg:height", height)] {
            try xml.attribute(name, String(format: "%.2fcm", value))
        }
        try xml.start("draw:text-box")
        if bullets {
            try xml.start("text:list")
            try xml.attribute("text:style-name", "LPunt")
            for paragraph in paragraphs {
                try xml.start("text:list-item")
                try self.paragraph(paragraph, style: style, xml)
                try xml.end()
            }
            try xml.end()
        } else {
            for paragraph in paragraphs { try self.paragraph(paragraph, style: style, xml) }
        }
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    /// The chart at the left, as large as fits under the title, its SVG in the file itself.
    private static func figure(_ figure: FigureBlock, y: Double, _ xml: XMLWriter) throws {
        let (maximumWidth, maximumHeight) = (14.5, 15.2 - y)
        let ratio = figure.width > 0 ? figure.height / figure.width : 0.5
        let width = min(maximumWidth, maximumHeight / ratio)
        try xml.start("draw:frame")
        try xml.attribute("draw:name", XMLName.id(figure.id))
        for (name, value) in [("svg:x", 1.5), ("svg:y", y), ("svg:width", width), ("svg:height", width * ratio)] {
            try xml.attribute(name, String(format: "%.2fcm", value))
        }
        try ODFImage.write(figure, href: nil, to: xml)
        try xml.end()
        try xml.newline()
    }

    private static func paragraph(_ text: String, style: String, _ xml: XMLWriter) throws {
        try xml.start("text:p")
        try xml.attribute("text:style-name", style)
        try ODFText.write(text, to: xml)
        try xml.end()
    }
}
