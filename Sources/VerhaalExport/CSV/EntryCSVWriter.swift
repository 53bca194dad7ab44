import CSV
import Foundation
import VerhaalKit

/// Writes entries as CSV for spreadsheets: RFC 4180 (commas, CRLF, quotes doubled) in UTF-8
/// with a byte order mark, so that Excel opens it with the accents intact.
public enum EntryCSVWriter {
    static let byteOrderMark = Data([0xEF, 0xBB, 0xBF])

    /// The whole file.
    public static func data(_ entries: [Entry], framework: Framework) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: EntryTable.header(framework: framework))
        for entry in entries {
            try writer.write(row: EntryTable.row(entry, framework: framework))
        }
        stream.close()
        guard let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw VerhaalError("the CSV could not be written", hint: "try again; this is a bug if it repeats")
        }
        return byteOrderMark + written + Data("\r\n".utf8)
    }
}
