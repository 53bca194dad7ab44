import CCmark
import Foundation

/// Turns GitHub-flavoured Markdown (CommonMark with tables, strikethrough and autolinks, through
/// cmark-gfm) into the document model. The only file that calls cmark: no cmark type leaves it,
/// and every tree it parses is freed before it returns.
///
/// Raw HTML is kept as text, never passed on as markup.
enum CommonMarkConverter {
    /// The extensions a story may use, as GitHub has them.
    private static let extensionNames = ["table", "strikethrough", "autolink"]

    /// cmark-gfm's extensions are registered once per process (`static let` runs once, safely).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static func blocks(from markdown: String) -> [Block] {
        withDocument(markdown) { root, _ in blocks(childrenOf: root, depth: 0) } ?? []
    }

    /// HTML for a web page. cmark's safe mode: raw HTML and `javascript:` links are left out.
    /// Images become links to their address, with the alt text as the link text: a page never
    /// fetches anything a story names, so a story cannot make a reader's browser call a URL.
    static func html(from markdown: String) -> String {
        withDocument(markdown) { root, extensions in
            replaceImagesWithLinks(in: root)
            guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT, extensions) else { return "" }
            defer { free(html) }
            return String(cString: html)
        } ?? ""
    }

    private static func replaceImagesWithLinks(in root: OpaquePointer) {
        var images: [OpaquePointer] = []
        if let iterator = cmark_iter_new(root) {
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                    cmark_node_get_type(node) == CMARK_NODE_IMAGE
                {
                    images.append(node)
                }
            }
            cmark_iter_free(iterator)
        }
        for image in images {
            guard let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
            cmark_node_set_url(link, cmark_node_get_url(image))
            cmark_node_set_title(link, cmark_node_get_title(image))
            while let child = cmark_node_first_child(image) {
                cmark_node_unlink(child)
                cmark_node_append_child(link, child)
            }
            cmark_node_replace(image, link)
            cmark_node_free(image)
        }
    }

    /// The deepest nesting of blocks and inlines, counted without recursion.
    static func depth(of markdown: String) -> Int {
        withDocument(markdown) { root, _ in
            guard let iterator = cmark_iter_new(root) else { return 0 }
            defer { cmark_iter_free(iterator) }
            var depth = 0
            var deepest = 0
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator),
                    cmark_node_first_child(node) != nil
                        || event == CMARK_EVENT_EXIT
                else { continue }
                if event == CMARK_EVENT_ENTER {
                    depth += 1
                    deepest = max(deepest, depth)
                } else if event == CMARK_EVENT_EXIT {
                    depth -= 1
                }
            }
            return deepest
        } ?? 0
    }

    /// Parses with the extensions attached; `body` gets the tree and the extension list the
    /// HTML renderer needs. The parser lives as long as the tree is used.
    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T? {
        _ = registered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        markdown.withCString { pointer in cmark_parser_feed(parser, pointer, strlen(pointer)) }
        guard let root = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(root) }
        return body(root, cmark_parser_get_syntax_extensions(parser))
    }

    /// The type of an extension's node ("table", "table_row", "table_cell", "strikethrough"),
    /// whose numbers cmark-gfm hands out at run time.
    private static func extensionType(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// A Markdown table: its first row is the header; every cell is inline text.
    private static func table(_ node: OpaquePointer, depth: Int) -> Block? {
        let rows = children(of: node).map { row in children(of: row).map { inlines(childrenOf: $0, depth: depth + 2) } }
        guard let header = rows.first else { return nil }
        return .table(
            TableBlock(header: header.map(\.plainText), rows: rows.dropFirst().map { TableBlock.Row(cells: $0) }, role: "markdown"))
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func blocks(childrenOf node: OpaquePointer, depth: Int) -> [Block] {
        children(of: node).compactMap { block($0, depth: depth + 1) }
    }

    /// Past the depth limit, a block becomes a paragraph of its plain text: deep input is kept,
    /// flattened, and never recursed into further.
    private static func block(_ node: OpaquePointer, depth: Int) -> Block? {
        if depth > ReadingLimits.maximumMarkdownDepth {
            let text = plainText(of: node)
            return text.isEmpty ? nil : .paragraph([.text(text)])
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            if let image = soleImage(of: node) { return .image(image) }
            return .paragraph(inlines(childrenOf: node, depth: depth))
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(childrenOf: node, depth: depth))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(childrenOf: node, depth: depth))
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ordered: ordered, items: children(of: node).map { blocks(childrenOf: $0, depth: depth + 1) })
        case CMARK_NODE_CODE_BLOCK:
            return .code(literal(node).trimmingTrailingNewlines())
        case CMARK_NODE_HTML_BLOCK:
            return .paragraph([.text(literal(node).trimmingTrailingNewlines())])
        case CMARK_NODE_THEMATIC_BREAK:
            return nil
        default:
            if extensionType(node) == "table" { return table(node, depth: depth) }
            let inlines = inlines(childrenOf: node, depth: depth)
            return inlines.isEmpty ? nil : .paragraph(inlines)
        }
    }

    /// The picture a paragraph holds when it holds nothing else.
    private static func soleImage(of paragraph: OpaquePointer) -> ImageBlock? {
        let content = children(of: paragraph).filter { child in
            let type = cmark_node_get_type(child)
            return !(type == CMARK_NODE_SOFTBREAK || (type == CMARK_NODE_TEXT && literal(child).allSatisfy(\.isWhitespace)))
        }
        guard content.count == 1, let image = content.first, cmark_node_get_type(image) == CMARK_NODE_IMAGE else { return nil }
        return ImageBlock(source: cmark_node_get_url(image).map { String(cString: $0) } ?? "", alt: plainText(of: image))
    }

    /// Every picture a text names, with the line (1-based, in the text) it starts on.
    static func imageSources(from markdown: String) -> [(source: String, line: Int)] {
        withDocument(markdown) { root, _ in
            guard let iterator = cmark_iter_new(root) else { return [] }
            defer { cmark_iter_free(iterator) }
            var sources: [(String, Int)] = []
            var line = 1
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                // Inlines carry no line of their own in cmark: the block they are in does.
                let start = Int(cmark_node_get_start_line(node))
                if start > 0 { line = start }
                if cmark_node_get_type(node) == CMARK_NODE_IMAGE {
                    sources.append((cmark_node_get_url(node).map { String(cString: $0) } ?? "", line))
                }
            }
            return sources
        } ?? []
    }

    static func outline(of markdown: String) -> [Markdown.OutlineBlock] {
        withDocument(markdown) { root, _ in
            var blocks: [Markdown.OutlineBlock] = []
            var child = cmark_node_first_child(root)
            while let node = child {
                let level = cmark_node_get_type(node) == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : nil
                blocks.append(
                    Markdown.OutlineBlock(
                        headingLevel: level, headingText: level == nil ? nil : plainText(of: node),
                        lines: Int(
                            cmark_node_get_start_line(node))...max(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_end_line(node)))
                    ))
                child = cmark_node_next(node)
            }
            return blocks
        } ?? []
    }

    /// The text of a node and everything in it, collected without recursion.
    private static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                text += literal(current)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH:
                if !text.isEmpty, text.last != " " { text += " " }
            default: break
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The inlines of a node, with adjacent texts joined and empty ones dropped.
    private static func inlines(childrenOf node: OpaquePointer, depth: Int) -> [Inline] {
        var result: [Inline] = []
        for case let inline? in children(of: node).map({ inline($0, depth: depth + 1) }) {
            switch (result.last, inline) {
            case (_, .text("")): continue
            case (.text(let previous)?, .text(let next)): result[result.count - 1] = .text(previous + next)
            default: result.append(inline)
            }
        }
        return result
    }

    private static func inline(_ node: OpaquePointer, depth: Int) -> Inline? {
        if depth > ReadingLimits.maximumMarkdownDepth {
            let text = plainText(of: node)
            return text.isEmpty ? nil : .text(text)
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE:
            return .text(literal(node))
        case CMARK_NODE_SOFTBREAK:
            return .text(" ")
        case CMARK_NODE_LINEBREAK:
            return .lineBreak
        case CMARK_NODE_CODE:
            return .code(literal(node))
        case CMARK_NODE_EMPH:
            return .emphasis(inlines(childrenOf: node, depth: depth))
        case CMARK_NODE_STRONG:
            return .strong(inlines(childrenOf: node, depth: depth))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let content = inlines(childrenOf: node, depth: depth)
            return .link(url: url, content.isEmpty ? [.text(url)] : content)
        default:
            let content = inlines(childrenOf: node, depth: depth)
            if extensionType(node) == "strikethrough" { return content.isEmpty ? nil : .strikethrough(content) }
            return content.isEmpty ? nil : .text(content.plainText)
        }
    }

    /// The node's text; the string belongs to the node and is copied here.
    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var result = self
        while result.unicodeScalars.last == "\n" || result.unicodeScalars.last == "\r" {
            result.unicodeScalars.removeLast()
        }
        return result
    }
}
