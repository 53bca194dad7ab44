import Foundation
import VerhaalExport
import VerhaalKit

/// libFuzzer's entry point for the writers: the bytes drive a random narrative (sections,
/// every block kind, nested lists and quotes, any text XML can hold), which must give DocBook
/// and flat ODT that are valid against their schemas. A writer error or an invalid document
/// stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func verhaalWriterFuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    var bytes = NarrativeBytes(Data(bytes: start, count: count))
    let narrative = bytes.narrative()
    for format in [ExportFormat.docbook, .fodt] {
        let data: Data
        do {
            data = try Exporter.render(narrative, as: format)
        } catch {
            preconditionFailure("\(format) writer failed: \(error)")
        }
        let issues = (try? FuzzSchemas.validator.validate(data, as: format)) ?? []
        precondition(issues.isEmpty, "\(format) export is invalid: \(issues.prefix(3))")
    }
    return 0
}

enum FuzzSchemas {
    static let validator: ExportValidator = {
        let environment = ProcessInfo.processInfo.environment
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return ExportValidator(
            docBookSchema: SchemaLocations.docBook(explicit: nil, environment: environment),
            odfFolder: SchemaLocations.odf(explicit: nil, environment: environment, searchingFrom: here))
    }()
}

/// Reads choices and texts from the fuzzer's bytes; past the end every choice is 0.
struct NarrativeBytes {
    private let data: [UInt8]
    private var position = 0
    /// Ids given out so far: each element gets its own, and references point only at these
    /// (or at the first section), as a composed narrative's do.
    private var ids: [String] = ["deel-0"]

    init(_ data: Data) { self.data = Array(data) }

    mutating func next() -> Int {
        defer { position += 1 }
        return position < data.count ? Int(data[position]) : 0
    }

    mutating func text() -> String {
        let length = next() % 24
        let raw = (0..<length).map { _ in UInt8(truncatingIfNeeded: next()) }
        let scalars = String(decoding: raw, as: UTF8.self).unicodeScalars.filter(DocumentCharacters.isAllowed)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// A new id; some start with a digit, as entry ids of travel-log entries do.
    mutating func id() -> String {
        let id = next() % 2 == 0 ? "\(ids.count)-verhaal" : "verhaal-\(ids.count)"
        ids.append(id)
        return id
    }

    mutating func target() -> String {
        ids[next() % ids.count]
    }

    mutating func inlines(depth: Int) -> [Inline] {
        (0..<(1 + next() % 4)).map { _ in
            switch depth > 2 ? next() % 3 : next() % 8 {
            case 0: .text(text())
            case 1: .code(text())
            case 2: .lineBreak
            case 3: .emphasis(inlines(depth: depth + 1))
            case 4: .strong(inlines(depth: depth + 1))
            case 5: .link(url: "https://example.org/" + text(), inlines(depth: depth + 1))
            case 6: .reference(targetID: target(), inlines(depth: depth + 1))
            default: .text(text())
            }
        }
    }

    mutating func blocks(depth: Int) -> [Block] {
        (0..<(next() % 4)).map { _ in block(depth: depth) }
    }

    mutating func block(depth: Int) -> Block {
        switch depth > 3 ? next() % 3 : next() % 13 {
        case 0: return .paragraph(inlines(depth: 0))
        case 1: return .code(text())
        case 2: return .markdown(text())
        case 3: return .heading(level: 1 + next() % 4, inlines(depth: 0))
        case 4: return .list(ordered: next() % 2 == 0, items: (0..<(1 + next() % 3)).map { _ in blocks(depth: depth + 1) })
        case 5: return .blockQuote(blocks(depth: depth + 1))
        case 6:
            return .quote(
                QuoteBlock(
                    id: next() % 2 == 0 ? nil : id(), title: next() % 2 == 0 ? nil : text(),
                    content: blocks(depth: depth + 1), attribution: text(), meta: inlines(depth: 0)))
        case 7:
            return .anecdote(
                AnecdoteBlock(
                    id: next() % 2 == 0 ? nil : id(), title: text(), meta: inlines(depth: 0),
                    content: blocks(depth: depth + 1)))
        case 8: return .questions(title: next() % 2 == 0 ? nil : text(), (0..<(next() % 3)).map { _ in inlines(depth: 0) })
        case 9:
            let columns = 1 + next() % 3
            let title = next() % 2 == 0 ? nil : text()
            let header = (0..<columns).map { _ in text() }
            let rows = (0..<(next() % 3)).map { _ in
                TableBlock.Row(id: nil, cells: (0..<columns).map { _ in inlines(depth: 0) })
            }
            return .table(TableBlock(title: title, header: header, rows: rows, role: "fuzz"))
        case 10:
            return .references(
                title: next() % 2 == 0 ? nil : text(),
                [EntryReference(targetID: target(), title: text(), teller: text(), kind: .anecdote)])
        case 11:
            // A figure whose SVG holds fuzzed labels; a label XML cannot hold gives no figure.
            let chart = BarChart(title: text(), axisLabel: text(), bars: [.init(label: text(), count: next() % 2 == 0 ? nil : next())])
            guard let svg = try? chart.svg() else { return .paragraph(inlines(depth: 0)) }
            return .figure(FigureBlock(id: id(), title: text(), description: text(), svg: svg, width: 480, height: 100))
        default: return .paragraph(inlines(depth: 0))
        }
    }

    mutating func narrative() -> Narrative {
        let sections = (0..<(1 + next() % 3)).map { index in
            Section(
                id: "deel-\(index)", title: text(), blocks: blocks(depth: 0),
                subsections: next() % 2 == 0 ? [] : [Section(id: "sub-\(index)", title: text(), blocks: blocks(depth: 0))])
        }
        return Narrative(
            title: text(), subtitle: next() % 2 == 0 ? nil : text(), authors: [text()],
            date: nil, language: next() % 2 == 0 ? "nl" : "en", keywords: [text()], sections: sections)
    }
}

/// libFuzzer's driver, started from the entry point SwiftPM gives an executable.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("VerhaalWriterFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzer(&count, &arguments) { bytes, size in
        guard let bytes else { return 0 }
        return verhaalWriterFuzz(UnsafeRawPointer(bytes), size)
    }
}
