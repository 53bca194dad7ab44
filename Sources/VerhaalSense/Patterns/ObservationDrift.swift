import Foundation
import VerhaalKit

/// Observations the library has moved away from: the pattern now counts another number of
/// stories than the observation's `n:`, or its q crossed 0.05. Compared with the pattern as
/// coordinators see it for the network, which is what the web's observation form records.
public enum ObservationDrift {
    public static func diagnostics(library: Library) -> [Diagnostic] {
        let observations = library.observations.filter { $0.basis != nil }
        guard !observations.isEmpty else { return [] }
        let analysis = PatternAnalysis(library: library, audience: .network, reader: .coordinator)
        return observations.compactMap { observation in
            guard let basis = observation.basis, let pattern = analysis.pattern(id: observation.pattern) else { return nil }
            var changes: [String] = []
            if pattern.n != basis.n { changes.append("it says \(basis.n) stories and the pattern now counts \(pattern.n)") }
            let before = (basis.q ?? 1) < 0.05
            let now = (pattern.q ?? 1) < 0.05
            if before != now {
                let was = basis.q.map { PatternSummary.number($0, true) } ?? "no test"
                let isNow = pattern.q.map { PatternSummary.number($0, true) } ?? "no test"
                changes.append("q crossed 0.05 (was \(was), now \(isNow))")
            }
            guard !changes.isEmpty else { return nil }
            return Diagnostic(
                .warning, code: .observationOutdated, file: observation.path, line: line(of: "n:", in: library.root, observation.path),
                field: "n", summary: "the library has moved on since this observation: " + changes.joined(separator: "; "),
                hint: "look at the pattern again ('verhaal patterns', or its page) and update the text, 'n' and 'q'")
        }
    }

    private static func line(of key: String, in root: URL, _ path: String) -> Int? {
        guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(key) }.map { $0 + 1 }
    }
}
