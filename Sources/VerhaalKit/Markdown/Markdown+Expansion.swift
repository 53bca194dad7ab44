import Foundation

extension Array where Element == Block {
    /// The blocks with every `.markdown` text converted, at the top level and inside quotes,
    /// anecdotes and block quotes. The texts are converted on every core.
    public func expandingMarkdown() -> [Block] {
        var texts: [String] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .markdown(let text): texts.append(text)
                case .quote(let quote): collect(quote.content)
                case .anecdote(let anecdote): collect(anecdote.content)
                case .blockQuote(let inner): collect(inner)
                default: break
                }
            }
        }
        collect(self)
        guard !texts.isEmpty else { return self }
        let sources = texts
        let results = ConcurrentResults<[Block]>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            results[index] = Markdown.blocks(from: sources[index])
        }
        var converted = results.values.makeIterator()
        func rebuild(_ blocks: [Block]) -> [Block] {
            blocks.flatMap { block -> [Block] in
                switch block {
                case .markdown: return converted.next() ?? []
                case .quote(var quote):
                    quote.content = rebuild(quote.content)
                    return [.quote(quote)]
                case .anecdote(var anecdote):
                    anecdote.content = rebuild(anecdote.content)
                    return [.anecdote(anecdote)]
                case .blockQuote(let inner): return [.blockQuote(rebuild(inner))]
                default: return [block]
                }
            }
        }
        return rebuild(self)
    }
}
