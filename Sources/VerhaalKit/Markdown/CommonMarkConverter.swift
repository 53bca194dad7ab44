import CCmark

/// Turns CommonMark text into the document model. The only file that calls cmark: no cmark
/// type leaves it, and every tree it parses is freed before it returns.
///
/// Raw HTML is kept as text, never passed on as markup.
enum CommonMarkConverter {
    static func blocks(from markdown: String) -> [Block] {
        let root: OpaquePointer? = markdown.withCString { pointer in
            cmark_parse_document(pointer, strlen(pointer), CMARK_OPT_DEFAULT)
        }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return blocks(childrenOf: root)
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

    private static func blocks(childrenOf node: OpaquePointer) -> [Block] {
        children(of: node).compactMap(block)
    }

    private static func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(childrenOf: node))
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(childrenOf: node))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(childrenOf: node))
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ordered: ordered, items: children(of: node).map { blocks(childrenOf: $0) })
        case CMARK_NODE_CODE_BLOCK:
            return .code(literal(node).trimmingTrailingNewlines())
        case CMARK_NODE_HTML_BLOCK:
            return .paragraph([.text(literal(node).trimmingTrailingNewlines())])
        case CMARK_NODE_THEMATIC_BREAK:
            return nil
        default:
            let inlines = inlines(childrenOf: node)
            return inlines.isEmpty ? nil : .paragraph(inlines)
        }
    }

    /// The inlines of a node, with adjacent texts joined and empty ones dropped.
    private static func inlines(childrenOf node: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        for case let inline? in children(of: node).map(inline) {
            switch (result.last, inline) {
            case (_, .text("")): continue
            case (.text(let previous)?, .text(let next)): result[result.count - 1] = .text(previous + next)
            default: result.append(inline)
            }
        }
        return result
    }

    private static func inline(_ node: OpaquePointer) -> Inline? {
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
            return .emphasis(inlines(childrenOf: node))
        case CMARK_NODE_STRONG:
            return .strong(inlines(childrenOf: node))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let content = inlines(childrenOf: node)
            return .link(url: url, content.isEmpty ? [.text(url)] : content)
        default:
            let content = inlines(childrenOf: node)
            return content.isEmpty ? nil : .text(content.plainText)
        }
    }

    /// The node's text; the string belongs to the node and is copied here.
    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.unicodeScalars.last == "\n" || result.unicodeScalars.last == "\r" {
            result.unicodeScalars.removeLast()
        }
        return result
    }
}

import Foundation
