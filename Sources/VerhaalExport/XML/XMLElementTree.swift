import CLibXML2
import Foundation

/// A read-only XML element with its children, copied out of a libxml2 document: what the
/// importers walk (an `.odt`'s `content.xml`, a `.docx`'s `word/document.xml`, a
/// `project.qde`) without holding libxml2 pointers, and how a figure's SVG is written again,
/// inline in DocBook (`write(to:)`).
struct XMLElementTree: Sendable {
    enum Child: Sendable {
        case element(XMLElementTree)
        case text(String)
    }

    var name: String
    var namespace: String?
    /// The attributes by local name, in document order.
    var attributes: [(name: String, value: String)]
    var children: [Child]

    /// Parses `data` without network access; nil when it is not well-formed XML.
    static func parse(_ data: Data, name: String) -> XMLElementTree? {
        LibXML2.withDocument(data, name: name) { doc in
            xmlDocGetRootElement(doc).map(copy)
        }
    }

    private static func copy(_ node: xmlNodePtr) -> XMLElementTree {
        var attributes: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let key = String(cString: current.pointee.name)
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                attributes.append((key, String(cString: value)))
                verhaal_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [Child] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(.element(copy(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default: break
            }
            child = current.pointee.next
        }
        return XMLElementTree(
            name: String(cString: node.pointee.name), namespace: node.pointee.ns.map { String(cString: $0.pointee.href) },
            attributes: attributes, children: children)
    }

    /// The value of the attribute with this local name.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Writes the element and everything in it; the root declares its namespace as the default one.
    func write(to xml: XMLWriter, isRoot: Bool = true) throws {
        try xml.start(name)
        if isRoot, let namespace { try xml.attribute("xmlns", namespace) }
        for (key, value) in attributes { try xml.attribute(key, value) }
        for child in children {
            switch child {
            case .text(let text): try xml.text(text)
            case .element(let element): try element.write(to: xml, isRoot: false)
            }
        }
        try xml.end()
    }

    /// The child elements.
    var elements: [XMLElementTree] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements named `name`.
    func elements(_ name: String) -> [XMLElementTree] { elements.filter { $0.name == name } }

    /// The first child element named `name`.
    func element(_ name: String) -> XMLElementTree? { elements.first { $0.name == name } }

    /// Every element named `name` below this one, in document order.
    func descendants(_ name: String) -> [XMLElementTree] {
        elements.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    /// All the text inside, in order.
    var text: String {
        children.map {
            switch $0 {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }
}
