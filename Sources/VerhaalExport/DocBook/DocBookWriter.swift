import Foundation
import VerhaalKit

/// Writes a `Narrative` as a DocBook 5.0 `article`. Pure: narrative in, bytes out.
public enum DocBookWriter {
    static let namespace = "http://docbook.org/ns/docbook"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    /// The document's bytes (UTF-8).
    public static func write(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.start("article")
        try xml.attribute("xmlns", namespace)
        try xml.attribute("xmlns:xlink", xlinkNamespace)
        try xml.attribute("version", "5.0")
        try xml.attribute("xml:lang", narrative.language)
        try xml.newline()
        try writeInfo(narrative, to: xml)
        try xml.newline()
        let blocks = DocBookBlocks(xml: xml, images: narrative.images)
        var parts = try DocBookSectionParts(narrative.sections, images: narrative.images)
        // The sections' elements around the parts take a few hundred bytes each.
        try xml.reserve(parts.byteCount + 1024 * parts.count + 4096)
        for section in narrative.sections {
            try blocks.write(section, parts: &parts)
        }
        try xml.end()
        return try xml.finish()
    }

    private static func writeInfo(_ narrative: Narrative, to xml: XMLWriter) throws {
        try xml.start("info")
        try xml.element("title", text: narrative.title)
        if let subtitle = narrative.subtitle { try xml.element("subtitle", text: subtitle) }
        if !narrative.authors.isEmpty {
            try xml.start("authorgroup")
            for author in narrative.authors {
                try xml.start("author")
                try xml.element("personname", text: author)
                try xml.end()
            }
            try xml.end()
        }
        if let organisation = narrative.organisation {
            try xml.start("org")
            try xml.element("orgname", text: organisation)
            try xml.end()
        }
        if let date = narrative.date { try xml.element("date", text: date.description) }
        if let purpose = narrative.purpose {
            try xml.start("abstract")
            try xml.element("para", text: purpose)
            try xml.end()
        }
        if !narrative.keywords.isEmpty {
            try xml.start("keywordset")
            for keyword in narrative.keywords { try xml.element("keyword", text: keyword) }
            try xml.end()
        }
        try xml.end()
    }
}
