/// A value of a YAML file (an entry's front matter, a round, a composition, `verhaal.yaml`), as
/// `FrontMatterComposer` builds it from libyaml's events:
/// a text, a list or a map, each with the line and column (from 1) where it starts. A plain
/// value type, so that reading ten thousand entries allocates no object per value.
enum FrontMatterNode: Sendable {
    case scalar(Scalar)
    case sequence([FrontMatterNode], Mark)
    case mapping([(key: FrontMatterNode, value: FrontMatterNode)], Mark)

    /// Where a value starts in the YAML, counted from 1; columns count Unicode scalars.
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    struct Scalar: Sendable {
        /// How the text was written: only plain scalars can be `~` or `null`.
        enum Style: Sendable { case plain, quoted, block }

        var string: String
        var style: Style
        var mark: Mark
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }

    var string: String? { scalar?.string }

    var sequence: [FrontMatterNode]? {
        if case .sequence(let items, _) = self { items } else { nil }
    }

    var mapping: [(key: FrontMatterNode, value: FrontMatterNode)]? {
        if case .mapping(let pairs, _) = self { pairs } else { nil }
    }

    var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The value of `key` in a map.
    subscript(key: String) -> FrontMatterNode? {
        mapping?.first { $0.key.string == key }?.value
    }

    /// A plain `~`, `null` or nothing: YAML's "no value".
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The same texts, lists and maps in the same order, wherever they are written.
    func sameValue(as other: FrontMatterNode) -> Bool {
        switch (self, other) {
        case (.scalar(let a), .scalar(let b)): a.string == b.string
        case (.sequence(let a, _), .sequence(let b, _)): a.count == b.count && zip(a, b).allSatisfy { $0.sameValue(as: $1) }
        case (.mapping(let a, _), .mapping(let b, _)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key.sameValue(as: $1.key) && $0.value.sameValue(as: $1.value) }
        default: false
        }
    }
}
