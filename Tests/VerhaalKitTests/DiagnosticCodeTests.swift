import Foundation
import Testing

@testable import VerhaalKit

/// Every rule has its own stable code, lives in one place, and is listed in the README.
@Suite struct DiagnosticCodeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func codesAndNamesAreUniqueAndWellFormed() {
        let codes = DiagnosticCode.allCases
        #expect(Set(codes.map(\.rawValue)).count == codes.count)
        #expect(Set(codes.map(\.name)).count == codes.count)
        for code in codes {
            #expect(code.rawValue.wholeMatch(of: /V\d{3}/) != nil, "\(code)")
            #expect(code.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(code.name)")
        }
        #expect(DiagnosticCode.unknownLesson.name == "unknown-lesson")
        #expect(DiagnosticCode.invalidUTF8.name == "invalid-utf8")
        #expect(DiagnosticCode.notAList.name == "not-a-list")
    }

    /// A code is written as `code: .name` (or `…Code: .name`, where a shared reader takes it) in
    /// exactly one source file: two rules never share a code, and no rule is written twice in
    /// different places.
    @Test func everyCodeIsUsedInExactlyOneSourceFile() throws {
        let sources = Self.packageRoot.appendingPathComponent("Sources")
        var filesByCode: [String: Set<String>] = [:]
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift"), !path.hasSuffix("DiagnosticCode.swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for match in text.matches(of: /[cC]ode: \.([a-zA-Z0-9]+)/) {
                filesByCode[String(match.1), default: []].insert(path)
            }
        }
        let names = Set(DiagnosticCode.allCases.map { String(describing: $0) })
        for (code, files) in filesByCode {
            #expect(names.contains(code), "code: .\(code) is not a DiagnosticCode")
            #expect(files.count == 1, "code: .\(code) is used in \(files.sorted())")
        }
        for name in names {
            #expect(filesByCode[name] != nil, "DiagnosticCode.\(name) is never used")
        }
    }

    @Test func theReadmeListsEveryCode() throws {
        let readme = try String(contentsOf: Self.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for code in DiagnosticCode.allCases {
            #expect(readme.contains("| `\(code.rawValue)` | `\(code.name)` |"), "README lacks \(code.rawValue) \(code.name)")
        }
    }

    @Test func listItemsCarryTheirFieldAndIndex() {
        let text = "---\nkind: anecdote\ntitle: T\ndate: 2019-01-01\nteller: P\nlessons: [delen, samenwerken]\n---\nTekst.\n"
        let diagnostics = EntryParser(framework: .essay).parse(text: text, path: "Stories/t.md").diagnostics
        let unknown = diagnostics.first { $0.code == .unknownLesson }
        #expect(unknown?.field == "lessons")
        #expect(unknown?.index == 1)
        #expect(unknown?.line == 6)
        #expect(unknown?.headline == "Stories/t.md:6:18: error: unknown lesson 'samenwerken' [V029]")
    }
}
