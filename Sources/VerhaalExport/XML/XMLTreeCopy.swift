import CLibXML2
import Foundation

/// A small XML document read with libxml2 and written again through an `XMLWriter`: how an SVG
/// figure goes inline into DocBook, element by element, with its own default namespace.
struct XMLTreeCopy {
    indirect enum Node {
        case element(name: String, namespace: String?, attributes: [(String, String)], children: [Node])
        case text(String)
    }

    let root: Node

    /// Reads `data`; throws when it is not well-formed XML.
    init(_ data: Data) throws {
        let parsed: Node? = LibXML2.withDocument(data, name: "figure.svg") { doc in
            xmlDocGetRootElement(doc).map(Self.node)
        }
        guard let parsed else { throw XMLWriter.Failure(description: "a figure is not well-formed XML") }
        root = parsed
    }

    private static func node(_ pointer: xmlNodePtr) -> Node {
        var attributes: [(String, String)] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes.append((name, String(cString: value)))
                verhaal_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [Node] = []
        var child = pointer.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(node(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = xmlNodeGetContent(current) {
                    children.append(.text(String(cString: content)))
                    verhaal_xmlFree(content)
                }
            default: break
            }
            child = current.pointee.next
        }
        return .element(
            name: String(cString: pointer.pointee.name), namespace: pointer.pointee.ns.map { String(cString: $0.pointee.href) },
            attributes: attributes, children: children)
    }

    /// Writes the tree; the root declares its namespace as the default one.
    func write(to xml: XMLWriter) throws {
        try write(root, to: xml, isRoot: true)
    }

    private func write(_ node: Node, to xml: XMLWriter, isRoot: Bool) throws {
        switch node {
        case .text(let text):
            try xml.text(text)
        case .element(let name, let namespace, let attributes, let children):
            try xml.start(name)
            if isRoot, let namespace { try xml.attribute("xmlns", namespace) }
            for (key, value) in attributes { try xml.attribute(key, value) }
            for child in children { try write(child, to: xml, isRoot: false) }
            try xml.end()
        }
    }
}
