import Foundation

/// A value shared between threads, read and changed only under its lock: results filled in
/// from every core, durations summed from several threads, caches kept for a process.
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, under the lock.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try lock.withLock { try body(&value) }
    }
}

extension Locked {
    /// Slots for `count` results, one per index of a concurrent loop.
    public static func slots<Element>(_ count: Int) -> Locked<[Element?]> where Value == [Element?] {
        Locked([Element?](repeating: nil, count: count))
    }

    /// Every filled slot, in index order; call after the work has finished.
    public func filled<Element>() -> [Element] where Value == [Element?] {
        withLock { $0.compactMap { $0 } }
    }
}
