import Foundation

extension Array where Element == Block {
    /// The blocks with every `.markdown` text converted, at the top level and inside quotes,
    /// anecdotes and block quotes. The texts are converted on every core.
    public func expandingMarkdown() -> [Block] {
        var texts: [String] = []
        forEachBlock { block in
            if case .markdown(let text) = block { texts.append(text) }
        }
        guard !texts.isEmpty else { return self }
        let sources = texts
        let results = Locked<[[Block]?]>.slots(sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let blocks = Markdown.blocks(from: sources[index])
            results.withLock { $0[index] = blocks }
        }
        let filled: [[Block]] = results.filled()
        var converted = filled.makeIterator()
        return mapBlocks { block in
            if case .markdown = block { return converted.next() ?? [] }
            return [block]
        }
    }
}
