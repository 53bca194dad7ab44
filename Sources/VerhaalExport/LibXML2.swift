import CLibXML2

/// Process-wide libxml2 set-up: call before any concurrent use of libxml2.
public enum LibXML2 {
    /// Initialises the parser and the RELAX NG type library once; safe to call again.
    public static func initialize() {
        xmlInitParser()
        xmlRelaxNGInitTypes()
    }

    /// The version of the linked libxml2, e.g. `2.9.14`.
    public static var version: String {
        LIBXML_DOTTED_VERSION
    }
}
