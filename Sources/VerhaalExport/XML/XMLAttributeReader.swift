import CLibXML2
import Foundation

/// Reads attribute values out of an XML document with libxml2.
enum XMLAttributeReader {
    /// The values of `attribute` (in `namespace`) on every element named `element` (in `namespace`),
    /// in document order; empty when the document cannot be read.
    static func values(in data: Data, element: String, attribute: String, namespace: String) -> [String] {
        values(in: data, element: element, attribute: attribute, namespace: namespace, attributeURI: namespace)
    }

    /// The values of an attribute without a namespace (`width` on `svg:svg`).
    static func unqualifiedValues(in data: Data, element: String, attribute: String, namespace: String) -> [String] {
        values(in: data, element: element, attribute: attribute, namespace: namespace, attributeURI: nil)
    }

    private static func values(in data: Data, element: String, attribute: String, namespace: String, attributeURI: String?) -> [String] {
        LibXML2.withDocument(data, name: "part.xml") { doc -> [String] in
            var result: [String] = []
            func walk(_ first: xmlNodePtr?) {
                var node = first
                while let current = node {
                    if current.pointee.type == XML_ELEMENT_NODE {
                        let name = String(cString: current.pointee.name)
                        let uri = current.pointee.ns.map { String(cString: $0.pointee.href) }
                        if name == element, uri == namespace,
                            let value = attributeURI.map({ xmlGetNsProp(current, attribute, $0) }) ?? xmlGetNoNsProp(current, attribute)
                        {
                            result.append(String(cString: value))
                            verhaal_xmlFree(value)
                        }
                        walk(current.pointee.children)
                    }
                    node = current.pointee.next
                }
            }
            walk(xmlDocGetRootElement(doc))
            return result
        } ?? []
    }
}
