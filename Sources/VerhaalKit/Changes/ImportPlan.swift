/// What an import will do, worked out before anything is written: every item becomes a new
/// file, is already in the library, or has problems. An import with any problem writes nothing.
public struct ImportPlan: Sendable {
    /// One item and what becomes of it.
    public struct Step: Sendable {
        public var origin: String
        public var outcome: Outcome
    }

    public enum Outcome: Sendable {
        /// A new file: its id, its path in the library, and the warnings `check` will give.
        case write(id: String, path: String, text: String, warnings: [Diagnostic])
        /// The same story is in the library already (or earlier in this import), under this id.
        case alreadyThere(id: String)
        /// The errors `check` would report on the file it would become.
        case problems([Diagnostic])
    }

    public var steps: [Step]

    /// The items with problems, with their problems.
    public var problems: [(origin: String, diagnostics: [Diagnostic])] {
        steps.compactMap { step in
            if case .problems(let diagnostics) = step.outcome { return (step.origin, diagnostics) }
            return nil
        }
    }

    /// The files it writes, in order.
    public var writes: [(origin: String, id: String, path: String, text: String, warnings: [Diagnostic])] {
        steps.compactMap { step in
            if case .write(let id, let path, let text, let warnings) = step.outcome { return (step.origin, id, path, text, warnings) }
            return nil
        }
    }

    /// The items found in the library already, with the id they have there.
    public var skipped: [(origin: String, id: String)] {
        steps.compactMap { step in
            if case .alreadyThere(let id) = step.outcome { return (step.origin, id) }
            return nil
        }
    }
}
