extension String {
    /// Runs `body` over the string's UTF-8 bytes, without a copy when the string is stored
    /// contiguously (every string Verhaal reads from a file is).
    ///
    /// The byte scans in the reading path use this: iterating `utf8` one index at a time costs
    /// several times as much on a 10,000-entry library.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
