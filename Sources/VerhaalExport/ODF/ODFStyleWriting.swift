/// Small helpers for writing ODF style elements.
extension XMLWriter {
    /// `<style:style style:name=… style:family=…>` with optional display name, parent and class,
    /// paragraph and text properties; closed.
    func paragraphStyle(
        _ name: String, display: String? = nil, parent: String? = "Standard", next: String? = nil,
        outlineLevel: Int? = nil, paragraph: [(String, String)] = [], text: [(String, String)] = []
    ) throws {
        try start("style:style")
        try attribute("style:name", name)
        if let display { try attribute("style:display-name", display) }
        try attribute("style:family", "paragraph")
        if let parent { try attribute("style:parent-style-name", parent) }
        if let next { try attribute("style:next-style-name", next) }
        if let outlineLevel { try attribute("style:default-outline-level", String(outlineLevel)) }
        try attribute("style:class", "text")
        try properties("style:paragraph-properties", paragraph)
        try properties("style:text-properties", text)
        try end()
        try newline()
    }

    /// A character style.
    func textStyle(_ name: String, display: String, _ text: [(String, String)]) throws {
        try start("style:style")
        try attribute("style:name", name)
        try attribute("style:display-name", display)
        try attribute("style:family", "text")
        try properties("style:text-properties", text)
        try end()
        try newline()
    }

    /// `<element key=value …/>`, written only when there are properties.
    func properties(_ element: String, _ values: [(String, String)]) throws {
        guard !values.isEmpty else { return }
        try start(element)
        for (key, value) in values { try attribute(key, value) }
        try end()
    }
}
