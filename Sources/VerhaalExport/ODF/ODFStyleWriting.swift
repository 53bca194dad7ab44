/// Small helpers for writing ODF style elements.
extension XMLWriter {
    /// `<style:style style:name=… style:family=…>` with optional display name, parent and class,
    /// paragraph and text properties; closed.
    func paragraphStyle(
        _ name: String, display: String? = nil, parent: String? = "Standard", next: String? = nil, masterPage: String? = nil,
        outlineLevel: Int? = nil, paragraph: [(String, String)] = [], text: [(String, String)] = [],
        tabStop: (position: String, leader: String)? = nil
    ) throws {
        try start("style:style")
        try attribute("style:name", name)
        if let display { try attribute("style:display-name", display) }
        try attribute("style:family", "paragraph")
        if let parent { try attribute("style:parent-style-name", parent) }
        if let next { try attribute("style:next-style-name", next) }
        if let outlineLevel { try attribute("style:default-outline-level", String(outlineLevel)) }
        if let masterPage { try attribute("style:master-page-name", masterPage) }
        try attribute("style:class", "text")
        if let tabStop {
            // A right-aligned tab stop with a leader: the contents' dots up to the page number.
            try start("style:paragraph-properties")
            for (key, value) in paragraph { try attribute(key, value) }
            try start("style:tab-stops")
            try start("style:tab-stop")
            try attribute("style:position", tabStop.position)
            try attribute("style:type", "right")
            try attribute("style:leader-style", "dotted")
            try attribute("style:leader-text", tabStop.leader)
            try end()
            try end()
            try end()
        } else {
            try properties("style:paragraph-properties", paragraph)
        }
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
