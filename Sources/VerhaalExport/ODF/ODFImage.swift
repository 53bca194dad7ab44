import Foundation
import VerhaalKit

/// A figure's `draw:image` inside a `draw:frame`, with its title and description: the SVG
/// inline as `office:binary-data` (flat files) or as a file of the package (`href`).
enum ODFImage {
    static func write(_ figure: FigureBlock, href: String?, to xml: XMLWriter) throws {
        try xml.start("draw:image")
        if let href {
            try xml.attribute("xlink:href", href)
            try xml.attribute("xlink:type", "simple")
            try xml.attribute("xlink:show", "embed")
            try xml.attribute("xlink:actuate", "onLoad")
            try xml.attribute("draw:mime-type", "image/svg+xml")
        } else {
            try xml.attribute("draw:mime-type", "image/svg+xml")
            try xml.element(
                "office:binary-data", text: figure.svg.base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed]))
        }
        try xml.end()
        try xml.element("svg:title", text: figure.title)
        try xml.element("svg:desc", text: figure.description)
    }
}
