import Foundation

/// Finds lines in raw bytes, for problems found before the text could be decoded.
enum FileLineLocator {
    /// The 1-based line of the first byte sequence that is not valid UTF-8.
    static func firstInvalidUTF8Line(in data: Data) -> Int? {
        var line = 1
        var lineStart = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[lineStart..<index], encoding: .utf8) == nil { return line }
            line += 1
            lineStart = data.index(after: index)
        }
        return String(data: data[lineStart...], encoding: .utf8) == nil ? line : nil
    }
}
