import CLibXML2
import Foundation

/// Collects libxml2's structured errors for one call, instead of letting them go to stderr.
final class LibXML2Errors {
    private(set) var issues: [ValidationIssue] = []

    /// The C callback; `context` is an unretained pointer to a `LibXML2Errors`.
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<LibXML2Errors>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        collector.issues.append(
            ValidationIssue(
                line: Int(error.pointee.line),
                message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Runs `body` with this collector as the thread's structured error handler, then resets it.
    func capturing<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(context, Self.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }
}
