import Foundation

/// An SVG document written through `XMLWriter`: the few shapes the charts draw, in one font
/// family, with a `title` for screen readers.
final class SVGDocument {
    let xml: XMLWriter

    init(width: Double, height: Double, title: String) throws {
        xml = try XMLWriter()
        try xml.startDocument()
        try xml.start("svg")
        try xml.attribute("xmlns", "http://www.w3.org/2000/svg")
        try xml.attribute("version", "1.1")
        try xml.attribute("width", Self.number(width))
        try xml.attribute("height", Self.number(height))
        try xml.attribute("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))")
        try xml.attribute("font-family", "Liberation Sans, Arial, Helvetica, sans-serif")
        try xml.element("title", text: title)
        try xml.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "white")], text: "")
    }

    func text(
        _ text: String, x: Double, y: Double, size: Double, anchor: String = "start", weight: String = "normal",
        fill: String = "#111"
    ) throws {
        try xml.element(
            "text",
            [
                ("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)),
                ("text-anchor", anchor), ("font-weight", weight), ("fill", fill),
            ], text: text)
    }

    /// Lines of text, the first with its baseline at `y`; returns the height they take.
    @discardableResult
    func text(
        lines: [String], x: Double, y: Double, size: Double, anchor: String = "start", weight: String = "normal", fill: String = "#111"
    ) throws -> Double {
        for (index, line) in lines.enumerated() {
            try text(line, x: x, y: y + Double(index) * size * ChartText.lineHeight, size: size, anchor: anchor, weight: weight, fill: fill)
        }
        return ChartText.height(lines: lines.count, size: size)
    }

    func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String, dashed: Bool) throws {
        var attributes = [
            ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(width)), ("height", Self.number(height)),
            ("fill", fill), ("stroke", stroke), ("stroke-width", "1"),
        ]
        if dashed { attributes.append(("stroke-dasharray", "4 2")) }
        try xml.element("rect", attributes, text: "")
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double) throws {
        try xml.element(
            "line",
            [
                ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                ("stroke", "#111"), ("stroke-width", "1"),
            ], text: "")
    }

    func finish() throws -> Data {
        try xml.end()
        return try xml.finish()
    }

    /// A coordinate with at most two decimals, the same on every machine.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }
}

extension SVGDocument {
    func circle(x: Double, y: Double, radius: Double, fill: String, dashed: Bool) throws {
        var attributes = [
            ("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)), ("fill", fill), ("stroke", "#333"),
            ("stroke-width", "1"),
        ]
        if dashed { attributes.append(("stroke-dasharray", "3 2")) }
        try xml.element("circle", attributes, text: "")
    }
}
