import Foundation
import VerhaalKit

/// `office:meta`: title, subject, authors, date, keywords and language of a narrative.
enum ODFMeta {
    static func write(_ narrative: Narrative, to xml: XMLWriter) throws {
        let (language, country) = ODTStyles.language(narrative.language)
        try xml.start("office:meta")
        try xml.element("meta:generator", text: "Verhaal")
        try xml.element("dc:title", text: narrative.title)
        if let subtitle = narrative.subtitle { try xml.element("dc:subject", text: subtitle) }
        if !narrative.authors.isEmpty {
            let authors = narrative.authors.joined(separator: ", ")
            try xml.element("meta:initial-creator", text: authors)
            try xml.element("dc:creator", text: authors)
        }
        if let date = narrative.date {
            try xml.element("meta:creation-date", text: "\(date)T00:00:00")
            try xml.element("dc:date", text: "\(date)T00:00:00")
        }
        for keyword in narrative.keywords { try xml.element("meta:keyword", text: keyword) }
        try xml.element("dc:language", text: "\(language)-\(country)")
        try xml.end()
        try xml.newline()
    }

    /// `meta.xml` of a package.
    static func part(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-meta", in: xml)
        try write(narrative, to: xml)
        try xml.end()
        return try xml.finish()
    }
}
