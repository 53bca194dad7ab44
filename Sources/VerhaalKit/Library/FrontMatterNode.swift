/// A value of an entry's front matter, as `FrontMatterComposer` builds it from libyaml's events:
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
}
