import Foundation
import HummingbirdTesting
import Testing
import VerhaalKit

@testable import VerhaalWeb

@Suite("Recording a story from the browser")
struct RecordTests {
    static let visit = "2019-06-12-breda-zorg-voor-elkaar"

    static func fields(csrf: String, title: String, extra: [(String, String)] = []) -> [(String, String)] {
        [
            ("csrf", csrf), ("title", title), ("date", "2024-03-05"), ("place", "Breda"),
            ("organizations", "Woonstichting, gemeente Breda"), ("text", "Eerste alinea.\r\n\r\nTweede *alinea*."),
            ("lessons[]", "resultaat"), ("lessons[]", "delen"), ("perspectives[]", "netwerk"),
            ("tags", "wijkaanpak, effectmeting"), ("share", "network"),
        ] + extra
    }

    @Test(arguments: [
        ("anekdote", EntryKind.anecdote, [("visit", RecordTests.visit)]),
        ("citaat", EntryKind.quote, [("speaker", "Christoffel Klap"), ("role", "directeur-bestuurder")]),
        ("reisverslag", EntryKind.travelLog, []),
    ])
    func eachKindIsWrittenAsAddWouldAndShownBackWithItsID(slug: String, kind: EntryKind, extra: [(String, String)]) async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            let form = try await browser.get("/vertellen/\(slug)")
            #expect(form.status == .ok)
            let csrf = try await browser.csrf(from: "/vertellen/\(slug)")
            let response = try await browser.post(
                "/vertellen/\(slug)", Self.fields(csrf: csrf, title: "Het gesprek aan tafel", extra: extra))
            #expect(response.status == .seeOther)
            let location = try #require(response.location)
            let id = try #require(location.firstMatch(of: /^\/verhalen\/([a-z0-9-]+)\?bewaard=1$/)).1
            let shown = try await browser.get(location)
            #expect(shown.status == .ok)
            #expect(shown.text.contains("Bewaard als \(id)."))
            #expect(shown.text.contains("<p>Tweede <em>alinea</em>.</p>"))
            if kind == .anecdote {
                #expect(shown.text.contains("<a href=\"/verhalen/\(Self.visit)\">2019-06-12 · "))
            }
        }
        let library = LibraryStore(root: site.root).load()
        #expect(!library.diagnostics.containsErrors)
        let entry = try #require(library.entries.first { $0.title == "Het gesprek aan tafel" })
        #expect(entry.kind == kind)
        #expect(entry.teller == "Lilian")
        #expect(entry.date.description == "2024-03-05")
        #expect(entry.lessons == ["resultaat", "delen"])
        #expect(entry.perspectives == ["netwerk"])
        #expect(entry.tags == ["wijkaanpak", "effectmeting"])
        #expect(entry.organizations == ["Woonstichting", "gemeente Breda"])
        #expect(entry.path.hasPrefix("Stories/\(kind.folder)/"))
        #expect(entry.visit == (kind == .anecdote ? Self.visit : nil))
        #expect(entry.body.trimmingCharacters(in: .newlines) == "Eerste alinea.\n\nTweede *alinea*.")
        if kind == .quote { #expect(entry.speaker == "Christoffel Klap") }
    }

    @Test func theFormOffersTheFrameworkTheVisitsAndTheTags() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let page = try await Browser.signIn(client, token: site.paulToken).get("/vertellen/anekdote").text
            for lesson in Framework.essay.lessons {
                #expect(page.contains("value=\"\(lesson.id)\""))
                #expect(page.contains(lesson.summary.firstSentence))
            }
            #expect(page.contains("<option value=\"\(Self.visit)\""))
            #expect(page.contains("<datalist id=\"bestaande-tags\">"))
            #expect(page.contains("<option value=\"effectmeting\">"))
            #expect(page.contains("Je vertelt als Paul."))
            #expect(!page.contains("name=\"teller\""))
            #expect(page.contains("Het komt nooit in een document of presentatie."))
            // Every input has a label.
            let ids = page.matches(of: /<(?:input|textarea|select) id="([^"]+)"/).map { String($0.1) }
            #expect(!ids.isEmpty)
            for id in ids { #expect(page.contains("<label for=\"\(id)\">"), "\(id)") }
        }
    }

    /// The form runs every check `check` runs on an entry: a picture outside `Stories/beeld/`
    /// is refused, so no member's story can make `check` or an export refuse the library.
    @Test func aPictureThatCheckWouldRefuseIsRefusedByTheForm() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            let fields = RecordTests.fields(csrf: csrf, title: "Lokaas").map { $0.0 == "text" ? ("text", "![](/aanmelden?token=abc)") : $0 }
            let response = try await browser.post("/vertellen/anekdote", fields)
            #expect(response.status == .unprocessableContent)
        }
        #expect(site.entryFiles().count == 38, "nothing written")
        #expect(LibraryStore(root: site.root).load().diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func errorsAreShownNextToTheirFieldsWithTheInputKept() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await browser.csrf(from: "/vertellen/citaat")
            let response = try await browser.post(
                "/vertellen/citaat",
                [
                    ("csrf", csrf), ("title", ""), ("date", "2024-02-30"), ("place", "Den Bosch & Vught"),
                    ("visit", "bestaat-niet"), ("text", "Mijn tekst <b>blijft</b>"), ("lessons[]", "delen"),
                ])
            #expect(response.status == .unprocessableContent)
            let page = response.text
            #expect(page.contains("Geef het verhaal een titel."))
            #expect(page.contains("Schrijf de datum als JJJJ-MM-DD"))
            #expect(page.contains("Vul in wie het zei."))
            #expect(!page.contains("a quote needs a speaker"))
            #expect(page.contains("Kies een bezoek uit de lijst."))
            #expect(page.contains("<input id=\"title\" name=\"title\" type=\"text\" value=\"\" required aria-invalid=\"true\""))
            #expect(page.contains("value=\"2024-02-30\""))
            #expect(page.contains("value=\"Den Bosch &amp; Vught\""))
            #expect(page.contains(">Mijn tekst &lt;b&gt;blijft&lt;/b&gt;</textarea>"))
            // The preview shows the text as it will look; cmark leaves the raw HTML out.
            #expect(page.contains("<h2 id=\"voorbeeld\">Zo ziet de tekst eruit</h2>"))
            #expect(page.contains("<p>Mijn tekst <!-- raw HTML omitted -->blijft<!-- raw HTML omitted --></p>"))
            #expect(page.contains("id=\"lessons-delen\" name=\"lessons[]\" value=\"delen\" checked"))
            #expect(page.contains("<a href=\"#title\">Titel</a>"))
        }
        #expect(site.entryFiles().count == 38)
    }

    /// The visits are kept rendered for each member; a refused form still shows the visit it
    /// chose, and only that one.
    @Test func aRefusedFormKeepsItsChosenVisitSelected() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            #expect(!(try await browser.get("/vertellen/anekdote").text.contains(" selected>")))
            let refused = try await browser.post(
                "/vertellen/anekdote", [("csrf", csrf), ("title", ""), ("visit", Self.visit), ("text", "Tekst.")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<option value=\"\(Self.visit)\" selected>"))
            #expect(refused.text.components(separatedBy: " selected>").count == 2)
            // What was kept is unchanged: a new form selects nothing.
            #expect(!(try await browser.get("/vertellen/anekdote").text.contains(" selected>")))
        }
    }

    @Test func aControlCharacterIsRefusedAsCheckWouldWithoutWritingAFile() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            let response = try await browser.post(
                "/vertellen/anekdote",
                Self.fields(csrf: csrf, title: "Bel", extra: [])
                    .map { $0.0 == "text" ? ("text", "Een bel\u{7} klinkt") : $0 })
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Haal het onzichtbare stuurteken weg"))
        }
        #expect(site.entryFiles().count == 38)
    }

    @Test func aFormWithoutTheSessionsCSRFTokenIsRefused() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let lilianToken = try await lilian.csrf(from: "/vertellen/anekdote")
            for csrf in ["", "00", String(repeating: "a", count: 64), lilianToken] {
                let response = try await paul.post("/vertellen/anekdote", Self.fields(csrf: csrf, title: "Vals"))
                #expect(response.status == .forbidden)
                #expect(response.text.contains("kwam niet van deze site"))
            }
            let missing = try await paul.post("/vertellen/anekdote", Self.fields(csrf: "", title: "Vals").filter { $0.0 != "csrf" })
            #expect(missing.status == .forbidden)
        }
        #expect(site.entryFiles().count == 38)
    }

    /// A new form is kept rendered for each member; each session still gets its own token in it.
    @Test func aKeptNewFormCarriesEachSessionsOwnToken() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let first = try await Browser.signIn(client, token: site.paulToken)
            let second = try await Browser.signIn(client, token: site.paulToken)
            let firstTokens = [try await first.csrf(from: "/vertellen/anekdote"), try await first.csrf(from: "/vertellen/anekdote")]
            let secondTokens = [try await second.csrf(from: "/vertellen/anekdote"), try await second.csrf(from: "/vertellen/anekdote")]
            #expect(firstTokens[0] == firstTokens[1] && secondTokens[0] == secondTokens[1])
            #expect(firstTokens[0] != secondTokens[0])
            #expect(try await first.post("/vertellen/anekdote", Self.fields(csrf: secondTokens[0], title: "Vals")).status == .forbidden)
            #expect(try await first.post("/vertellen/anekdote", Self.fields(csrf: firstTokens[0], title: "Echt")).status == .seeOther)
        }
        #expect(site.entryFiles().count == 39)
    }

    @Test func twentyConcurrentSubmissionsGiveTwentyEntriesThatPassCheck() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await browser.post("/vertellen/anekdote", Self.fields(csrf: csrf, title: "Tegelijk verteld")).status.code
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 303, count: 20))
        }
        let library = LibraryStore(root: site.root).load()
        #expect(library.diagnostics.filter { $0.severity == .error }.isEmpty)
        let ids = library.entries.filter { $0.title == "Tegelijk verteld" }.map(\.id)
        #expect(ids.count == 20)
        #expect(Set(ids).count == 20)
    }
}

/// One way in for a change: a story from the record form is parsed once before it is written.
@Suite struct SubmissionTests {
    @Test func aWebStoryIsParsedOnceBeforeItIsWritten() throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let store = LibraryStore(root: site.root)
        let member = try #require(try site.members.member(named: "Lilian"))
        let pairs = RecordTests.fields(csrf: "", title: "Eén keer gelezen")
        var fields = RecordFields()
        for (name, value) in pairs {
            switch name {
            case "title": fields.title = value
            case "date": fields.date = value
            case "place": fields.place = value
            case "text": fields.text = value
            case "share": fields.share = value
            default: break
            }
        }
        fields.lessons = ["resultaat"]
        let form = RecordForm(
            kind: .anecdote, fields: fields, answers: AnswerInputs(pairs: []), member: member, framework: store.loadSettings().0.framework,
            strings: WebStrings.forLanguage("nl"))
        let draft = try #require(form.draft().draft)
        let parses = Locked(0)
        let result = EntryParser.$parses.withValue(parses) { store.submit(draft, for: .member(member.name)) }
        guard case .success(let submitted) = result else {
            Issue.record("refused: \(result)")
            return
        }
        #expect(parses.withLock { $0 } == 1, "the draft is parsed once, and not again after it is written")
        #expect(submitted.entry.title == "Eén keer gelezen" && submitted.entry.path.hasPrefix("Stories/anekdotes/een-keer-gelezen-"))
        let onDisk = EntryParser(framework: .essay).parse(
            data: try Data(contentsOf: site.root.appendingPathComponent(submitted.entry.path)), path: submitted.entry.path)
        #expect(onDisk.entry == submitted.entry, "the entry returned is the one its file holds")
    }
}
