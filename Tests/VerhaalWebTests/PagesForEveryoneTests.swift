import Foundation
import HummingbirdTesting
import Testing
import VerhaalKit

@testable import VerhaalWeb

@Suite("Pages anyone can use: the library's language, the story first, a date to type")
struct PagesForEveryoneTests {
    @Test func noDiagnosticReachesADutchPageInCheckEnglish() {
        let dutch = FormMessages(language: "nl")
        let english = FormMessages(language: "en")
        for code in DiagnosticCode.allCases {
            for field in [nil, "title", "date", "interpretations", "strength", "text"] as [String?] {
                let diagnostic = Diagnostic(
                    .error, code: code, file: "Stories/x.md", line: 3, field: field, summary: "SUMMARY IN ENGLISH",
                    hint: "HINT IN ENGLISH")
                for message in [dutch.message(for: diagnostic), dutch.observationMessage(for: diagnostic), dutch.fileProblem(diagnostic)] {
                    #expect(!message.contains("IN ENGLISH"), "\(code) \(field ?? "-"): \(message)")
                }
            }
        }
        let unknown = Diagnostic(.error, code: .unknownField, file: "Stories/x.md", summary: "unknown field 'kleur'")
        #expect(english.message(for: unknown).contains("unknown field 'kleur'"), "English pages keep check's words")
        #expect(dutch.message(for: unknown).contains("V020"), "a Dutch page names the code that verhaal check explains")
    }

    @Test func everyRefusalOfAnObservationIsInTheLibrarysLanguage() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let address = "/patronen/pendule~gevoel"
            let csrf = try await paul.csrf(from: address)
            let refused = try await paul.post(
                "\(address)/duiding",
                [
                    ("csrf", csrf), ("title", ""), ("strength", "7"), ("text", "Iets."),
                    ("interpretation1Title", "Alleen een titel"),
                ])
            #expect(refused.status == .unprocessableContent)
            let page = try #require(refused.text.firstMatch(of: /<div class="error" role="alert">[\s\S]*?<\/div>/)).0
            #expect(page.contains("Geef de observatie een titel."))
            #expect(page.contains("Kies hoe sterk het patroon is: 1, 2 of 3."))
            #expect(page.contains("Geef elke duiding een titel en een tekst."))
            for english in ["observation", "interpretation", "needs", "missing", "strength"] {
                #expect(!page.contains(english), "no English on a Dutch page: \(english)")
            }
        }
    }

    @Test func theDateIsATextFieldWithItsFormatShownAndChecked() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let form = try await lilian.get("/vertellen/anekdote").text
            let today = LocalDate.today().description
            #expect(
                form.contains(
                    "<input id=\"date\" name=\"date\" type=\"text\" value=\"\(today)\" inputmode=\"numeric\" maxlength=\"10\" autocomplete=\"off\" placeholder=\"JJJJ-MM-DD\""
                ))
            #expect(form.contains("Als JJJJ-MM-DD, bijvoorbeeld 2019-06-12."))
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let refused = try await lilian.post(
                "/vertellen/anekdote",
                RecordTests.fields(csrf: csrf, title: "Een datum als 5-3-2024").map { $0.0 == "date" ? ("date", "5-3-2024") : $0 })
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Schrijf de datum als JJJJ-MM-DD"))
            #expect(refused.text.contains("value=\"5-3-2024\""), "what was typed stays, to be corrected")
        }
        #expect(site.entryFiles().count == 38, "nothing written")
    }

    @Test func aStoryPageStartsWithTheStoryAndFoldsItsDetailsBelowIt() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let page = try await lilian.get("/verhalen/de-pendule").text
            let title = try #require(page.range(of: "<h1>"))
            let byline = try #require(page.range(of: "<p class=\"byline\">Anekdote · "))
            let story = try #require(page.range(of: "<div class=\"story-text\">"))
            let details = try #require(page.range(of: "<details class=\"about\">"))
            let firstFact = try #require(page.range(of: "<dt>"))
            #expect(title.lowerBound < byline.lowerBound && byline.lowerBound < story.lowerBound)
            #expect(story.lowerBound < details.lowerBound && details.lowerBound < firstFact.lowerBound, "every fact is below the story")
            #expect(page.contains("<summary>Over dit verhaal: lessen, perspectieven en antwoorden</summary>"))

            // Just saved: the details are unfolded, to check what was kept.
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let saved = try await lilian.post("/vertellen/anekdote", RecordTests.fields(csrf: csrf, title: "Net bewaard"))
            let shown = try await lilian.get(try #require(saved.location)).text
            #expect(shown.contains("<details class=\"about\" open>"))
            #expect(shown.contains("<p class=\"byline\">Anekdote · 5 maart 2024 · Lilian</p>"))
        }
    }

    @Test func onlyAFormWithAScaleLoadsTheOneScriptThePolicyAllows() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let form = try await lilian.get("/vertellen/anekdote")
            #expect(form.text.contains("<script src=\"/formulier.js\"></script>"))
            #expect(form.headers[.contentSecurityPolicy]?.contains("script-src 'self';") == true)
            #expect(form.text.components(separatedBy: "<script").count == 2, "one script, no inline code")
            let script = try await lilian.get("/formulier.js")
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("box.checked = false"))
            for page in ["/verhalen/de-pendule", "/verhalen", "/dekking", "/"] {
                #expect(!(try await lilian.get(page).text.contains("<script")), "\(page) runs nothing")
            }
        }
    }

    @Test func everyIDAFieldIsDescribedByIsOnItsPage() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/vertellen/citaat")
            let refused = try await paul.post("/vertellen/citaat", [("csrf", csrf), ("title", ""), ("visit", "bestaat-niet")]).text
            var pages = [refused]
            for address in [
                "/vertellen/anekdote", "/vertellen/citaat", "/vertellen/reisverslag", "/rondes", "/verhalen/de-pendule/terugtrekken",
            ] {
                pages.append(try await paul.get(address).text)
            }
            var references = 0
            for page in pages {
                for match in page.matches(of: /aria-(?:describedby|labelledby)="([^"]*)"/) {
                    for id in match.1.split(separator: " ") {
                        references += 1
                        #expect(page.contains("id=\"\(id)\""), "\(id) is referred to but not on the page")
                    }
                }
            }
            #expect(references > 40)
        }
    }

    @Test func membersNeverSeeAFilePathAndTheListsShowTheNewestFirst() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let saved = try await lilian.post("/vertellen/anekdote", RecordTests.fields(csrf: csrf, title: "Mijn eigen verhaal"))
            let confirmation = try await lilian.get(try #require(saved.location)).text
            #expect(confirmation.contains("Bewaard als"))
            for page in [confirmation, try await lilian.get("/verhalen/de-pendule").text, try await lilian.get("/verhalen").text] {
                #expect(!page.contains("Stories/") && !page.contains(".md<"), "no file path for a member")
            }
            let paul = try await Browser.signIn(client, token: site.paulToken)
            #expect(try await paul.get("/verhalen/de-pendule").text.contains("Stories/anekdotes/de-pendule.md"), "coordinators see it")

            let list = try await lilian.get("/verhalen").text
            let dates = list.matches(of: /<span class="meta">[^<]*?(\d{4}-\d{2}-\d{2})/).map { String($0.1) }
            #expect(dates.count >= 10)
            #expect(dates == dates.sorted(by: >), "newest first: \(dates)")
            let rounds = try await paul.get("/rondes").text
            let newer = try #require(rounds.range(of: "rvc-2020"))
            let older = try #require(rounds.range(of: "netwerktafel-2020"))
            #expect(newer.lowerBound < older.lowerBound, "the later round first")
        }
    }

    @Test func placeholdersShowAFormatInGreyItalicsNeverAValue() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let pages = [try await paul.get("/rondes").text, try await paul.get("/vertellen/anekdote").text]
            let placeholders = pages.flatMap { $0.matches(of: /placeholder="([^"]*)"/).map { String($0.1) } }
            #expect(placeholders.count >= 3)
            #expect(placeholders.allSatisfy { $0 == "JJJJ-MM-DD" }, "\(placeholders)")
            let style = try await paul.get("/stijl.css").text
            #expect(style.contains("::placeholder { color: #6b6b6b; font-style: italic; opacity: 1; }"))
        }
    }
}
