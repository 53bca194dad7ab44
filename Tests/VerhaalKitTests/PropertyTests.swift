import Foundation
import PropertyBased
import Testing
import VerhaalTestSupport

@testable import VerhaalKit

/// Properties that must hold for any input, checked on many generated ones.
@Suite struct PropertyTests {
    let parser = EntryParser(framework: .essay)

    /// A single-line text: the front matter keeps titles and tags on one line.
    static func oneLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
    }

    @Test func frontMatterSurvivesEditRoundTrips() async {
        await propertyCheck(
            count: 150, input: Generators.xmlString(upTo: 30), Generators.xmlString(upTo: 12).array(of: 0...4),
            Generators.xmlString(upTo: 30)
        ) { title, tags, body in
            let title = Self.oneLine(title).trimmingSpaces
            let tags = tags.map { Self.oneLine($0).trimmingSpaces }.filter { !$0.isEmpty }
            guard !title.isEmpty, Set(tags.map { $0.lowercased() }).count == tags.count else { return }
            let original =
                "---\nkind: anecdote\ntitle: Oud\ndate: 2019-01-01\nteller: P\nmijn-veld: {a: [1, 2]}\nlessons: [delen]\ntags: [x]\n# opmerking\n---\n"
                + body
            guard let document = try? FrontMatterDocument(splitting: original) else {
                Issue.record("the fixed front matter must split")
                return
            }
            var editor = FrontMatterEditor(yaml: document.yaml, lineEnding: "\n")
            do {
                try editor.set("title", text: title)
                try editor.set("tags", list: tags)
                var edited = document
                edited.yaml = try editor.verified(against: document.yaml)
                let (entry, diagnostics) = parser.parse(text: edited.text, path: "Stories/x.md").tuple
                #expect(!diagnostics.containsErrors, "\(diagnostics.map(\.summary))")
                #expect(entry?.title == title)
                #expect(entry?.tags == tags)
                #expect(entry?.extraKeys == ["mijn-veld"])
                #expect(edited.body == body, "the body keeps its bytes")
                #expect(edited.yaml.contains("mijn-veld: {a: [1, 2]}\n") && edited.yaml.contains("# opmerking\n"))
            } catch {
                Issue.record("edit refused: \(error)")
            }
        }
    }

    @Test func aNewEntryReadsBackWithEveryField() async {
        await propertyCheck(
            count: 150, input: Generators.xmlString(upTo: 40), Generators.xmlString(upTo: 20), Generators.xmlString(upTo: 200)
        ) {
            title, teller, body in
            let title = Self.oneLine(title).trimmingSpaces
            let teller = Self.oneLine(teller).trimmingSpaces
            guard !title.isEmpty, !teller.isEmpty else { return }
            var draft = EntryDraft(kind: .anecdote, title: title, date: LocalDate(year: 2019, month: 6, day: 12)!, teller: teller)
            draft.tags = [title]
            draft.lessons = ["delen"]
            draft.body = body
            // A name is a key of the consent map: any text a person may be called must round-trip.
            draft.people = [teller]
            draft.consent = [teller: Consent(level: .network, date: LocalDate(year: 2024, month: 3, day: 1))]
            guard let text = try? draft.fileText() else {
                Issue.record("fileText failed for \(title.debugDescription)")
                return
            }
            let (entry, diagnostics) = parser.parse(text: text, path: "Stories/x.md").tuple
            #expect(!diagnostics.containsErrors, "\(diagnostics.map(\.summary)) in \(text.debugDescription)")
            #expect(entry?.title == title)
            #expect(entry?.teller == teller)
            #expect(entry?.tags == [title])
            #expect(entry?.people == [teller])
            #expect(entry?.consent == [teller: Consent(level: .network, date: LocalDate(year: 2024, month: 3, day: 1))])
        }
    }

    @Test func theMarkdownConverterNeverCrashes() async {
        await propertyCheck(count: 300, input: Generators.markdown) { text in
            let blocks = Markdown.blocks(from: text)
            _ = Markdown.depth(of: text)
            #expect(blocks.count <= text.count + 1)
        }
        await propertyCheck(count: 200, input: Generators.string(upTo: 300)) { text in
            _ = Markdown.blocks(from: text)
        }
    }

    @Test func anyBytesGiveDiagnosticsNotCrashes() async {
        await propertyCheck(count: 300, input: Generators.string(upTo: 200)) { text in
            let (entry, diagnostics) = parser.parse(text: "---\n" + text + "\n---\n" + text, path: "Stories/x.md").tuple
            #expect(entry != nil || !diagnostics.isEmpty)
        }
    }
}
