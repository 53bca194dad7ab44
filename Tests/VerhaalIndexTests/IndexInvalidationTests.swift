import Foundation
import Testing
import VerhaalKit

@testable import VerhaalIndex

/// The index gives the library the files give, whatever happened to the files since it was made.
@Suite struct IndexInvalidationTests {
    @Test func theIndexedSampleAndBrokenLibrariesAreTheLibrariesTheFilesGive() throws {
        let library = try IndexedLibrary(alsoFrom: ["Tests/VerhaalKitTests/Fixtures/broken"])
        let index = try LibraryIndex(store: library.store)
        let first = try index.refresh()
        #expect(first.parsed == first.files.count)
        #expect(first.files.count > 40)
        try expectSameAsFiles(index)
        #expect(try index.library().diagnostics.contains { $0.code == .duplicateID })
        // A second index on the same file, as a second process would open it, reads the same.
        try expectSameAsFiles(try LibraryIndex(store: library.store))
        #expect(try index.refresh().parsed == 0)
    }

    @Test func theIndexedCheckCountsAndFindsPicturesAsTheFilesDoAfterEveryChange() throws {
        let library = try IndexedLibrary()
        let index = try LibraryIndex(store: library.store)
        func expectSameDiagnosis(_ sourceLocation: SourceLocation = #_sourceLocation) throws {
            let indexed = try index.diagnosis()
            let files = library.store.load()
            #expect(indexed.entryCount == files.entries.count, sourceLocation: sourceLocation)
            #expect(indexed.fileCount == files.fileCount, sourceLocation: sourceLocation)
            #expect(indexed.diagnostics == files.diagnostics, sourceLocation: sourceLocation)
        }
        try expectSameDiagnosis()
        let usable = try index.diagnosis().entryCount
        let path = "Stories/anekdotes/met-beeld.md"
        try library.write(IndexedLibrary.anecdote(title: "Met beeld", text: "![De wijk](../beeld/weg.png)"), to: path)
        #expect(try index.diagnosis().entryCount == usable + 1)
        #expect(try index.diagnosis().diagnostics.contains { $0.code == .imageMissing && $0.file == path })
        try expectSameDiagnosis()
        try library.write(IndexedLibrary.anecdote(title: "Met beeld", text: "Geen beeld meer."), to: path)
        #expect(try !index.diagnosis().diagnostics.contains { $0.code == .imageMissing })
        try expectSameDiagnosis()
        // Neither an entry with an error nor the second file of an id is counted.
        try library.write("---\nkind: anecdote\ntitle: Kapot\n---\nZonder datum.\n", to: path)
        #expect(try index.diagnosis().entryCount == usable)
        try library.write(IndexedLibrary.anecdote(title: "Tweede"), to: "Stories/citaten/zes-indicatoren.md")
        #expect(try index.diagnosis().entryCount == usable)
        #expect(try index.diagnosis().fileCount == library.store.load().fileCount)
        try expectSameDiagnosis()
    }

    /// The live library keeps its entries without their texts, and gives the library the
    /// files give otherwise: the same entries and the same problems, pictures included.
    @Test func theLiveLibraryIsTheFilesLibraryWithTheTextsLeftInTheIndex() throws {
        let library = try IndexedLibrary()
        try library.write(
            IndexedLibrary.anecdote(title: "Met beeld", text: "Kijk: ![De wijk](../beeld/weg.png)"), to: "Stories/anekdotes/met-beeld.md")
        let live = LiveLibrary(store: library.store, watching: false)
        let kept = live.library()
        let files = library.store.load()
        #expect(kept.entries.map(\.id) == files.entries.map(\.id))
        #expect(kept.diagnostics == files.diagnostics)
        #expect(kept.diagnostics.contains { $0.code == .imageMissing && $0.file == "Stories/anekdotes/met-beeld.md" })
        #expect(kept.entries.allSatisfy { $0.body.isEmpty })
        for entry in files.entries {
            let keptEntry = try #require(kept.entry(id: entry.id))
            #expect(live.body(of: keptEntry) == entry.body)
        }
        #expect(live.libraryWithBodies().entries == files.entries)
    }

    /// The live library follows every kind of change from the files it kept parsed: an edit,
    /// a new file, a second file of an id, a rename and a deletion.
    @Test func theLiveLibraryFollowsEveryChangeAsTheFilesGiveIt() throws {
        let library = try IndexedLibrary()
        let live = LiveLibrary(store: library.store, watching: false)
        func expectSameAsFiles(_ change: String, _ sourceLocation: SourceLocation = #_sourceLocation) {
            live.noteChange()
            let kept = live.library()
            let files = library.store.load()
            #expect(kept.entries.map(\.id) == files.entries.map(\.id), "\(change)", sourceLocation: sourceLocation)
            #expect(kept.entries.map(\.title) == files.entries.map(\.title), "\(change)", sourceLocation: sourceLocation)
            #expect(kept.diagnostics == files.diagnostics, "\(change)", sourceLocation: sourceLocation)
            #expect(kept.fileCount == files.fileCount, "\(change)", sourceLocation: sourceLocation)
        }
        expectSameAsFiles("at the start")
        let path = "Stories/anekdotes/zes-indicatoren.md"
        let text = try String(contentsOf: library.url(path), encoding: .utf8)
        try library.write(text.replacingOccurrences(of: "title: Zes indicatoren", with: "title: Zeven indicatoren"), to: path)
        expectSameAsFiles("an edit")
        try library.write(IndexedLibrary.anecdote(title: "Nieuw"), to: "Stories/anekdotes/nieuw.md")
        expectSameAsFiles("a new file")
        try library.write(IndexedLibrary.anecdote(title: "Tweede"), to: "Stories/citaten/nieuw.md")
        expectSameAsFiles("a second file of an id")
        #expect(live.library().diagnostics.contains { $0.code == .duplicateID })
        try FileManager.default.moveItem(at: library.url("Stories/citaten/nieuw.md"), to: library.url("Stories/citaten/ander.md"))
        expectSameAsFiles("a rename")
        try FileManager.default.removeItem(at: library.url(path))
        expectSameAsFiles("a deletion")
    }

    @Test func anEditedFileIsParsedAgain() throws {
        let library = try IndexedLibrary()
        let index = try LibraryIndex(store: library.store)
        try index.refresh()
        let path = "Stories/anekdotes/zes-indicatoren.md"
        let text = try String(contentsOf: library.url(path), encoding: .utf8)
        try library.write(text.replacingOccurrences(of: "title: Zes indicatoren", with: "title: Zeven indicatoren"), to: path)
        let refresh = try index.refresh()
        #expect(refresh.parsed == 1)
        #expect(try index.library().entry(id: "zes-indicatoren")?.title == "Zeven indicatoren")
        #expect(try index.search("zeven").entries.map(\.id) == ["zes-indicatoren"])
        #expect(try index.search("zeven indicatoren").entries.map(\.id) == ["zes-indicatoren"])
        try expectSameAsFiles(index)
    }

    /// After one edit, only the files that share the edited file's bucket are compared with
    /// the index, and the buckets' digests are kept for the next refresh.
    @Test func aRefreshComparesOnlyTheBucketOfTheChangedFile() throws {
        let library = try IndexedLibrary()
        for number in 1...600 {
            try library.write(IndexedLibrary.anecdote(title: "Verhaal \(number)"), to: "Stories/anekdotes/extra-\(number).md")
        }
        let index = try LibraryIndex(store: library.store)
        let first = try index.refresh()
        #expect(first.compared == first.files.count)
        let path = "Stories/anekdotes/extra-17.md"
        let sharing = first.files.filter { StatScan.bucket(ofPath: $0) == StatScan.bucket(ofPath: path) }.count
        // The first refresh's files may still be too new to trust: refresh until none is.
        var attempts = 0
        while try index.refresh().compared > 0 && attempts < 200 {
            attempts += 1
            Thread.sleep(forTimeInterval: 0.01)
        }
        try library.write(IndexedLibrary.anecdote(title: "Verhaal zeventien, herzien"), to: path)
        let refresh = try index.refresh()
        #expect(refresh.parsed == 1)
        #expect(refresh.compared == sharing)
        #expect(sharing < 20, "600 files over 256 buckets")
        #expect(try index.library().entry(id: "extra-17")?.title == "Verhaal zeventien, herzien")
        try expectSameAsFiles(index)
    }

    @Test func anAddedFileIsParsedAndADeletedOneLeaves() throws {
        let library = try IndexedLibrary()
        let index = try LibraryIndex(store: library.store)
        try index.refresh()
        try library.write(IndexedLibrary.anecdote(title: "Nieuw verhaal over de zeppelinhaven"), to: "Stories/anekdotes/nieuw.md")
        #expect(try index.refresh().parsed == 1)
        #expect(try index.search("zeppelin").entries.map(\.id) == ["nieuw"])
        try FileManager.default.removeItem(at: library.url("Stories/anekdotes/nieuw.md"))
        let refresh = try index.refresh()
        #expect(refresh.removed == 1)
        #expect(try index.search("zeppelin").entries.isEmpty)
        #expect(try index.library().entry(id: "nieuw") == nil)
        try expectSameAsFiles(index)
    }

    @Test func aRenamedFileIsTheEntryWithItsNewID() throws {
        let library = try IndexedLibrary()
        let index = try LibraryIndex(store: library.store)
        try index.refresh()
        try FileManager.default.moveItem(
            at: library.url("Stories/anekdotes/zes-indicatoren.md"), to: library.url("Stories/anekdotes/zes-kengetallen.md"))
        let refresh = try index.refresh()
        #expect(refresh.removed == 1)
        #expect(refresh.parsed == 1, "the same inode under a new name is a new entry")
        let indexed = try index.library()
        #expect(indexed.entry(id: "zes-indicatoren") == nil)
        #expect(indexed.entry(id: "zes-kengetallen")?.path == "Stories/anekdotes/zes-kengetallen.md")
        try expectSameAsFiles(index)
    }

    @Test func aFileTouchedWithoutAChangeIsReadButNotParsed() throws {
        let library = try IndexedLibrary()
        let index = try LibraryIndex(store: library.store)
        try index.refresh()
        let before = try index.library()
        let path = library.url("Stories/anekdotes/zes-indicatoren.md").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        let refresh = try index.refresh()
        #expect(refresh.reread == 1)
        #expect(refresh.parsed == 0)
        #expect(try index.refresh().reread == 0, "the new stat was kept")
        #expect(try index.library().entries == before.entries)
    }

    @Test func aChangedFrameworkParsesEveryFileAgain() throws {
        let library = try IndexedLibrary()
        let index = try LibraryIndex(store: library.store)
        let first = try index.refresh()
        let settings = try String(contentsOf: library.url("verhaal.yaml"), encoding: .utf8)
        try library.write(settings + "\n# changed\n", to: "verhaal.yaml")
        #expect(try index.refresh().parsed == first.files.count)
        try expectSameAsFiles(index)
    }

    @Test func aSearchIgnoresAccentsCaseAndFindsTheStartOfWords() throws {
        let library = try IndexedLibrary(sample: false)
        try library.write(IndexedLibrary.anecdote(title: "Één kader", text: "Over de brandweerkazerne."), to: "Stories/anekdotes/een.md")
        try library.write(IndexedLibrary.anecdote(title: "Iets anders", text: "Één kader, zei ze."), to: "Stories/anekdotes/twee.md")
        try library.write(IndexedLibrary.anecdote(title: "Weer iets", text: "Geen kaders hier."), to: "Stories/anekdotes/drie.md")
        let index = try LibraryIndex(store: library.store)
        #expect(try index.search("een kader").entries.map(\.id) == ["een", "twee"], "a match in the title ranks first")
        #expect(try index.search("brandweer").entries.map(\.id) == ["een"])
        #expect(try index.search("kazerne").entries.isEmpty, "a word inside a word is not a match")
        #expect(try index.search("KADER").entries.map(\.id).sorted() == ["drie", "een", "twee"])
        #expect(try index.search("\"kader* (").entries.map(\.id).sorted() == ["drie", "een", "twee"], "FTS syntax is just text")
        // The rule without the index finds the same entries.
        let files = library.store.load()
        for text in ["een kader", "brandweer", "kazerne", "KADER"] {
            let expected = files.entries.filter { TextSearch.matches($0, text) }.map(\.id).sorted()
            #expect(try index.search(text).entries.map(\.id).sorted() == expected, "\(text)")
        }
    }

    @Test func aSearchLeavesOutEntriesWithErrorsAsTheLibraryDoes() throws {
        let library = try IndexedLibrary(sample: false)
        try library.write(IndexedLibrary.anecdote(title: "Goed verhaal"), to: "Stories/anekdotes/goed.md")
        try library.write(IndexedLibrary.anecdote(title: "Dubbel verhaal"), to: "Stories/anekdotes/dubbel.md")
        try library.write(IndexedLibrary.anecdote(title: "Dubbel verhaal"), to: "Stories/citaten/dubbel.md")
        try library.write("---\nkind: anecdote\ntitle: Kapot verhaal\n---\nGeen datum.\n", to: "Stories/anekdotes/kapot.md")
        let index = try LibraryIndex(store: library.store)
        let expected = library.store.load().entries.filter { TextSearch.matches($0, "verhaal") }.map(\.id)
        #expect(try index.search("verhaal").entries.map(\.id).sorted() == expected.sorted())
        #expect(expected.sorted() == ["dubbel", "goed"], "the first dubbel is usable; the second and kapot are not")
        #expect(try index.search("verhaal").total == library.store.load().entries.count)
    }
}
