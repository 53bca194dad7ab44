/// The one walk over the document model: the blocks inside a block (a quote's and an
/// anecdote's content, a block quote, the items of a list), visited or rebuilt in document
/// order. Markdown expansion, the compose report and the slides' notes all use it, in the
/// spirit of swift-markdown's `MarkupWalker`.
extension Block {
    /// The blocks directly inside this one, in order.
    public var children: [Block] {
        switch self {
        case .list(_, let items): items.flatMap { $0 }
        case .blockQuote(let blocks): blocks
        case .quote(let quote): quote.content
        case .anecdote(let anecdote): anecdote.content
        case .paragraph, .heading, .code, .questions, .table, .figure, .image, .references, .markdown: []
        }
    }

    /// This block with `transform` applied to each group of blocks directly inside it (each
    /// list item is a group of its own).
    public func mappingChildren(_ transform: ([Block]) -> [Block]) -> Block {
        switch self {
        case .list(let ordered, let items): return .list(ordered: ordered, items: items.map(transform))
        case .blockQuote(let blocks): return .blockQuote(transform(blocks))
        case .quote(var quote):
            quote.content = transform(quote.content)
            return .quote(quote)
        case .anecdote(var anecdote):
            anecdote.content = transform(anecdote.content)
            return .anecdote(anecdote)
        case .paragraph, .heading, .code, .questions, .table, .figure, .image, .references, .markdown:
            return self
        }
    }
}

extension Array where Element == Block {
    /// Calls `enter` for every block, depth first in document order, and `exit` after the
    /// blocks inside it.
    public func forEachBlock(_ enter: (Block) -> Void, exit: (Block) -> Void = { _ in }) {
        for block in self {
            enter(block)
            block.children.forEachBlock(enter, exit: exit)
            exit(block)
        }
    }

    /// The blocks rebuilt from the inside out: every block's own blocks are mapped first, then
    /// `transform` replaces the block by zero or more blocks.
    public func mapBlocks(_ transform: (Block) -> [Block]) -> [Block] {
        flatMap { block in
            transform(block.mappingChildren { $0.mapBlocks(transform) })
        }
    }
}

extension Inline {
    /// This inline with `transform` applied to the inlines inside it.
    public func mappingChildren(_ transform: ([Inline]) -> [Inline]) -> Inline {
        switch self {
        case .emphasis(let inlines): .emphasis(transform(inlines))
        case .strong(let inlines): .strong(transform(inlines))
        case .strikethrough(let inlines): .strikethrough(transform(inlines))
        case .link(let url, let inlines): .link(url: url, transform(inlines))
        case .reference(let target, let inlines): .reference(targetID: target, transform(inlines))
        case .text, .code, .lineBreak: self
        }
    }
}

extension Array where Element == Inline {
    /// The inlines rebuilt from the inside out, as `mapBlocks` does for blocks.
    public func mapInlines(_ transform: (Inline) -> Inline) -> [Inline] {
        map { transform($0.mappingChildren { $0.mapInlines(transform) }) }
    }
}

extension Array where Element == Section {
    /// Calls `visit` for every section and subsection, depth first in document order.
    public func forEachSection(_ visit: (Section) -> Void) {
        for section in self {
            visit(section)
            section.subsections.forEachSection(visit)
        }
    }
}
