import Foundation
import VerhaalKit

/// libFuzzer's entry point: any bytes as an entry file, through everything that reads one —
/// front matter, checks, Markdown conversion, slug making and folding — and as an observation
/// and a marks file. Crashes, hangs and
/// sanitizer reports are failures; diagnostics are the expected answer to bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func verhaalFuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let parser = EntryParser(framework: .essay)
    let parsed = parser.parse(data: data, path: "Stories/anekdotes/fuzz.md")
    let entry = parsed.entry
    for diagnostic in parsed.diagnostics { _ = diagnostic.formatted }
    if let text = String(data: data, encoding: .utf8) {
        _ = Markdown.blocks(from: text)
        _ = EntryID.slug(from: text)
        _ = TextFolding.fold(text)
        if let document = try? FrontMatterDocument(splitting: text) {
            precondition(document.text == text, "splitting must give back the same text")
        }
        let observation = ObservationParser(framework: .essay).parse(text, id: "fuzz", path: "Stories/duiding/fuzz.md")
        if let read = observation.0 {
            // What the writer writes, the parser reads back the same.
            let written = try? ObservationWriter.text(of: read)
            precondition(written != nil, "a read observation must be writable")
            let again = ObservationParser(framework: .essay).parse(written ?? "", id: "fuzz", path: "Stories/duiding/fuzz.md")
            precondition(again.0 == read, "an observation must survive writing and reading")
        }
        _ = PatternMarks.parse(text, path: "Stories/duiding/markeringen.yaml", framework: .essay)
    }
    if let entry {
        _ = Markdown.blocks(from: entry.body)
        var query = EntryQuery()
        query.text = entry.title
        precondition(query.matches(entry), "an entry must match its own title")
    }
    return 0
}

/// libFuzzer's driver, started from the entry point SwiftPM gives an executable
/// (`VerhaalFuzz_main`) instead of libFuzzer's own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("VerhaalFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzer(&count, &arguments) { bytes, size in
        guard let bytes else { return 0 }
        return verhaalFuzz(UnsafeRawPointer(bytes), size)
    }
}
