import Foundation
import PropertyBased
import Testing
import VerhaalExport
import VerhaalKit
import VerhaalTestSupport

/// `list --csv` and `import FILE.csv`: what one writes, the other reads back as the same stories.
@Suite struct CSVExchangeTests {
    static func library() throws -> LibraryStore {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-csv-\(UUID().uuidString)")
        return try LibraryStore.create(at: root, language: "nl")
    }

    static func importCSV(_ data: Data, into store: LibraryStore, mapping: CSVMapping = CSVMapping()) throws -> (ImportPlan?, [Diagnostic])
    {
        let framework = store.loadSettings().0.framework
        let (items, problems, _) = try CSVImportReader(framework: framework, mapping: mapping).read(data, file: "verhalen.csv")
        guard problems.isEmpty else { return (nil, problems) }
        return (try store.importEntries(items), [])
    }

    /// One line of text of characters a spreadsheet and the front matter both carry.
    static let line = Gen<Character?>.element(of: Array("abcdeéëïש😀 ,\"'<>&:#-?!.")).compactMap { $0 }.array(of: 1...24).map { String($0) }
    static let word = Gen<Character?>.element(of: Array("abcdefgh")).compactMap { $0 }.array(of: 3...8).map { String($0) }

    @Test func aLibraryWrittenAsCSVImportsIntoAnEmptyLibraryAsTheSameStories() async {
        await propertyCheck(
            count: 40, input: Self.line, Generators.markdown, Self.word.array(of: 0...3), Gen<Int>.int(in: 0...100), Gen<Int>.int(in: 0...2)
        ) { title, body, tags, pendule, kindIndex in
            let title = title.trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty, Set(tags).count == tags.count else { return }
            do {
                let source = try Self.library()
                let kind = EntryKind.allCases[kindIndex]
                var draft = EntryDraft(
                    kind: kind, title: title, date: LocalDate(year: 2019, month: 6, day: 12)!, teller: "Paul, \"de\" verteller")
                draft.body = body
                draft.tags = tags
                draft.lessons = ["delen", "resultaat"]
                draft.speaker = kind == .quote ? "Marja; Peters" : nil
                draft.answers = [
                    QuestionAnswer(question: "pendule", values: ["\(pendule)"]), QuestionAnswer(question: "gevoel", values: ["hoopvol"]),
                ]
                let written = try source.add(draft)
                let library = source.load()
                let csv = try EntryCSVWriter.data(library.entries, framework: library.framework)

                let target = try Self.library()
                let (plan, problems) = try Self.importCSV(csv, into: target)
                #expect(problems.isEmpty, "\(problems.map(\.summary))")
                #expect(plan?.problems.isEmpty == true, "\(plan?.problems.flatMap { $0.diagnostics.map(\.summary) } ?? [])")
                let original = try String(contentsOf: source.root.appendingPathComponent(written.path), encoding: .utf8)
                let imported = try String(contentsOf: target.root.appendingPathComponent(written.path), encoding: .utf8)
                #expect(imported == original, "the imported file is the original file")
                #expect(target.load().entries == library.entries)
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func theCSVIsUTF8WithAByteOrderMarkAndCRLFLines() throws {
        let store = try Self.library()
        var draft = EntryDraft(kind: .anecdote, title: "Één, \"twee\"", date: LocalDate(year: 2019, month: 6, day: 12)!, teller: "Paul")
        draft.body = "regel een\nregel twee"
        _ = try store.add(draft)
        let library = store.load()
        let data = try EntryCSVWriter.data(library.entries, framework: library.framework)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id,kind,title,date,teller,"))
        #expect(text.contains("\r\neen-twee,anecdote,\"Één, \"\"twee\"\"\",2019-06-12,Paul,"))
        #expect(text.contains("\"regel een\nregel twee\""), "a line break stays inside its quoted cell")
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func aCSVWithErrorsInThreeRowsReportsAllThreeAndWritesNothing() throws {
        let store = try Self.library()
        let csv = """
            Titel;Datum;Verteller;Soort;Les
            Goed verhaal;12-6-2019;Paul;anekdote;3
            Datum fout;2019-13-01;Paul;anekdote;1
            Soort fout;2019-06-01;Paul;gedicht;1
            Les fout;2019-06-01;Paul;anekdote;delenn
            Ook goed;2019-06-02;Lilian;anekdote;resultaat
            """
        var mapping = CSVMapping()
        let framework = store.loadSettings().0.framework
        for (field, column) in [("title", "Titel"), ("date", "Datum"), ("teller", "Verteller"), ("kind", "Soort"), ("lessons", "Les")] {
            try mapping.add(field: field, column: column, framework: framework, source: "test")
        }
        let (items, rowProblems, _) = try CSVImportReader(framework: framework, mapping: mapping).read(Data(csv.utf8), file: "x.csv")
        #expect(rowProblems.map(\.line) == [4])
        #expect(rowProblems.first?.field == "Soort")
        let plan = try store.importEntries(items)
        #expect(plan.problems.map(\.origin) == ["row 3", "row 5"])
        #expect(plan.problems.map { $0.diagnostics.map(\.field) } == [["date"], ["lessons"]])
        #expect(store.load().entries.isEmpty, "nothing was written")
        #expect(items.first?.draft.dateText == "2019-06-12", "a spreadsheet's day-first date is read")
    }

    @Test func importingTheSameFileTwiceAddsNothing() throws {
        let store = try Self.library()
        let csv = "title,teller,kind,date,text\nEen,Paul,anecdote,2019-06-12,Tekst\nTwee,Paul,quote,2019-06-13,Zin\n"
        let withSpeaker = csv.replacingOccurrences(of: "title,teller", with: "speaker,title,teller").replacingOccurrences(
            of: "\nEen", with: "\n,Een"
        ).replacingOccurrences(of: "\nTwee", with: "\nMarja,Twee")
        let (first, _) = try Self.importCSV(Data(withSpeaker.utf8), into: store)
        #expect(first?.writes.count == 2)
        let (second, _) = try Self.importCSV(Data(withSpeaker.utf8), into: store)
        #expect(second?.writes.isEmpty == true)
        #expect(second?.skipped.map(\.id) == ["een", "twee"])
        #expect(store.load().entries.count == 2)
    }

    @Test func anUnknownFieldOrColumnIsRefusedWithTheNearestOne() throws {
        let framework = Framework.essay
        #expect(throws: VerhaalError.self) { try CSVMapping.parse(["titel=Titel"], framework: framework) }
        do {
            _ = try CSVMapping.parse(["titl=Titel"], framework: framework)
        } catch let error as VerhaalError {
            #expect(error.hint?.contains("did you mean 'title'") == true)
        }
        let mapping = try CSVMapping.parse(["title=Titell"], framework: framework)
        do {
            _ = try CSVImportReader(framework: framework, mapping: mapping, teller: "P").read(
                Data("Titel,Tekst\nA,B\n".utf8), file: "x.csv")
            Issue.record("a missing column was accepted")
        } catch let error as VerhaalError {
            #expect(error.message.contains("no column 'Titell'"))
            #expect(error.hint?.contains("did you mean 'Titel'") == true)
        }
    }

    @Test func aQuoteThatIsNeverClosedIsRefusedWithItsLine() throws {
        let reader = CSVImportReader(framework: .essay, mapping: CSVMapping(), teller: "P", kind: .anecdote)
        let broken = "title,text\nEen,\"goed, \"\"echt\"\"\"\n\"open quote,zonder eind\nDrie,tekst\n"
        do {
            _ = try reader.read(Data(broken.utf8), file: "q.csv")
            Issue.record("a file with an open quote was read")
        } catch let error as VerhaalError {
            #expect(error.message == "q.csv, line 3: a quote opens a cell that no quote closes; nothing was imported")
        }
        let closed = "title,text\nEen,\"goed, \"\"echt\"\"\"\n"
        #expect(try reader.read(Data(closed.utf8), file: "q.csv").items.first?.draft.body == "goed, \"echt\"")
    }
}
