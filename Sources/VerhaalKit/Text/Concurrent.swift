import Foundation

/// Results written by index from concurrent work, read once all work is done.
public final class ConcurrentResults<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    public init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    public subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// Every result, in index order; call after the work has finished.
    public var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}

/// A duration summed from several threads.
final class ConcurrentCounter: @unchecked Sendable {
    private var sum = Duration.zero
    private let lock = NSLock()

    func add(_ duration: Duration) {
        lock.withLock { sum += duration }
    }

    var total: Duration { lock.withLock { sum } }
}
