import CLibXML2
import Foundation

/// Process-wide libxml2 set-up and the lock around its global error state.
public enum LibXML2 {
    /// Serialises calls that install libxml2 error handlers.
    static let lock = NSLock()

    private static let initialized: Bool = {
        xmlInitParser()
        xmlRelaxNGInitTypes()
        return true
    }()

    /// Initialises the parser and the RELAX NG type library once; safe to call again.
    public static func initialize() {
        _ = initialized
    }

    /// The version of the linked libxml2, e.g. `2.9.14`.
    public static var version: String {
        LIBXML_DOTTED_VERSION
    }
}
