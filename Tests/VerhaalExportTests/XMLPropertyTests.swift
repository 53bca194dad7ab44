import Foundation
import PropertyBased
import Testing
import VerhaalExport
import VerhaalKit
import VerhaalTestSupport

/// Any Unicode string in any field gives well-formed XML whose text, read back with libxml2, is
/// the original; a character XML cannot hold is reported, never dropped silently.
@Suite(.serialized) struct XMLPropertyTests {
    static func narrative(_ text: String) -> Narrative {
        Narrative(
            title: text, subtitle: text, authors: [text], keywords: [text],
            sections: [
                Section(
                    id: "s", title: text,
                    blocks: [
                        .paragraph([.text(text)]),
                        .anecdote(
                            AnecdoteBlock(id: "a", title: text, meta: [.text(text)], content: [.paragraph([.emphasis([.text(text)])])])),
                        .quote(QuoteBlock(id: "q", title: text, content: [.paragraph([.text(text)])], attribution: text)),
                        .table(TableBlock(header: [text], rows: [.init(id: "r", cells: [[.text(text)]])], role: "t")),
                    ])
            ])
    }

    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<$0 + needle.count].elementsEqual(needle) }.count
    }

    @Test func docBookTextReadsBackAsTheOriginal() async {
        await propertyCheck(count: 200, input: Generators.string(upTo: 60)) { text in
            let forbidden = DocumentCharacters.firstForbidden(in: text)
            do {
                let data = try DocBookWriter.write(Self.narrative(text))
                #expect(forbidden == nil, "a forbidden character was written: \(text.debugDescription)")
                // Compared as Unicode scalars: a lone combining mark joins its neighbour as a character.
                let anecdote = Array((XMLTestSupport.text(ofElementWithID: "a", in: data) ?? "").unicodeScalars)
                let original = Array(text.unicodeScalars)
                #expect(Array(anecdote.prefix(original.count)) == original, "read back \(anecdote) for \(text.debugDescription)")
                let all = Array((XMLTestSupport.text(of: data) ?? "").unicodeScalars)
                #expect(text.isEmpty || Self.occurrences(of: original, in: all) >= 10, "every field holds the text")
            } catch {
                #expect(forbidden != nil, "refused a valid text \(text.debugDescription): \(error)")
                #expect("\(error)".contains(DocumentCharacters.name(forbidden?.scalar ?? " ")), "the error names the character")
            }
        }
    }

    @Test func odfIsWellFormedOrRefused() async {
        await propertyCheck(count: 100, input: Generators.string(upTo: 60)) { text in
            let forbidden = DocumentCharacters.firstForbidden(in: text)
            for format in [ExportFormat.fodt, .fodp] {
                do {
                    let data = try Exporter.render(Self.narrative(text), as: format)
                    #expect(forbidden == nil)
                    #expect(XMLTestSupport.text(of: data) != nil, "\(format) is not well-formed for \(text.debugDescription)")
                } catch {
                    #expect(forbidden != nil, "\(format) refused a valid text \(text.debugDescription): \(error)")
                }
            }
        }
    }
}
