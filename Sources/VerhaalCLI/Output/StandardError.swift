import Foundation
import VerhaalKit

/// Standard error, for diagnostics and notes that are not the command's output.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { print(diagnostic.formatted) }
    }
}
