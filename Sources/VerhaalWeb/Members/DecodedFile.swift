import Foundation
import VerhaalIndex
import VerhaalKit

/// A small file kept decoded, and read again only when `stat` says it changed (another inode,
/// size or time, as an atomic rename or any write gives). The members and the sessions are asked
/// for on every request; decoding their JSON each time was a fifth of a page's work.
final class DecodedFile<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: (stat: FileStat, value: Value)?

    /// The value of the file at `url`, from `read` when the file changed since the last call.
    func value(at url: URL, read: () throws -> Value) rethrows -> Value {
        let stat = FileStat.of(url.path)
        if let stat, let cached = lock.withLock({ cached }), cached.stat == stat { return cached.value }
        // The stat is taken before reading: a change in between is read again next time.
        let value = try read()
        lock.withLock { cached = stat.map { ($0, value) } }
        return value
    }
}

extension DecodedFile where Value: Decodable & ExpressibleByArrayLiteral {
    /// The JSON list in the file at `url`, empty when there is no file; a file that does not
    /// decode is refused, naming it as `name`, with `hint`.
    func jsonList(at url: URL, named name: String, hint: String) throws -> Value {
        try value(at: url) {
            guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
            do {
                return try JSONDecoder().decode(Value.self, from: data)
            } catch {
                throw VerhaalError("\(name) cannot be read: \(error)", hint: hint)
            }
        }
    }
}
