import Foundation
import HummingbirdTesting
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// The story questions on the record form: what is asked, what stays unanswered, and what the
/// teller's earlier answers fill in.
@Suite("Story questions in the browser")
struct QuestionFormTests {
    @Test func theFormAsksEveryQuestionWithNotApplicableChecked() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let page = try await Browser.signIn(client, token: site.lilianToken).get("/vertellen/anekdote").text
            #expect(page.contains("<legend>Waar ging in dit verhaal de aandacht naartoe?</legend>"))
            #expect(page.contains("<input type=\"range\" id=\"answer-pendule\" name=\"answer-pendule\" min=\"0\" max=\"100\""))
            #expect(page.contains("<input type=\"checkbox\" id=\"na-pendule\" name=\"na-pendule\" value=\"1\" checked>"))
            #expect(page.contains("<span class=\"scale-end\" id=\"links-pendule\">de eigen organisatie</span>"))
            #expect(page.contains("id=\"answer-leiderschap-regie\" name=\"answer-leiderschap[]\" value=\"regie\">"))
            #expect(page.contains("(kies er hoogstens 3)"))
            #expect(page.contains("id=\"answer-gevoel-nvt\" name=\"answer-gevoel\" value=\"\" checked>"))
            #expect(page.contains("<h2>Over jou</h2>"))
        }
    }

    /// "Not applicable" stays absent: an untouched slider, an unchosen radio button.
    @Test func answersAreWrittenAndNotApplicableStaysAbsent() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            let response = try await browser.post(
                "/vertellen/anekdote",
                RecordTests.fields(
                    csrf: csrf, title: "Met antwoorden",
                    extra: [
                        ("answer-pendule", "72"),
                        ("answer-vorm-resultaat", "50"), ("na-vorm-resultaat", "1"),
                        ("answer-leiderschap[]", "regie"), ("answer-leiderschap[]", "ruimte"),
                        ("answer-gevoel", ""),
                        ("answer-rol", "bestuurder"),
                    ]))
            #expect(response.status == .seeOther)
            let story = try await browser.get(try #require(response.location)).text
            #expect(
                story.contains("<dt>Waar ging in dit verhaal de aandacht naartoe?</dt><dd>72 (de eigen organisatie ↔ het netwerk)</dd>"))
        }
        let entry = try #require(LibraryStore(root: site.root).load().entries.first { $0.title == "Met antwoorden" })
        #expect(entry.answers == ["pendule": .scale(72), "leiderschap": .choices(["regie", "ruimte"]), "rol": .choice("bestuurder")])
    }

    @Test func wrongAnswersAreShownAtTheirQuestion() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            let response = try await browser.post(
                "/vertellen/anekdote",
                RecordTests.fields(
                    csrf: csrf, title: "Te veel",
                    extra: [
                        ("answer-leiderschap[]", "regie"), ("answer-leiderschap[]", "ruimte"), ("answer-leiderschap[]", "delen"),
                        ("answer-leiderschap[]", "vertrouwen"), ("answer-pendule", "150"),
                    ]))
            #expect(response.status == .unprocessableContent)
            let page = response.text
            #expect(page.contains("<a href=\"#vraag-leiderschap\">Welk leiderschap liet dit verhaal zien?</a>"))
            #expect(page.contains("id=\"answer-leiderschap-vertrouwen\" name=\"answer-leiderschap[]\" value=\"vertrouwen\" checked>"))
            #expect(page.contains("<a href=\"#vraag-pendule\">"))
        }
        #expect(site.entryFiles().count == 38)
    }

    @Test func questionsAboutTheTellerComeFromTheirLastEntry() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            let empty = try await browser.get("/vertellen/anekdote").text
            #expect(empty.contains("id=\"answer-rol-nvt\" name=\"answer-rol\" value=\"\" checked>"))
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            _ = try await browser.post(
                "/vertellen/anekdote",
                RecordTests.fields(
                    csrf: csrf, title: "Eerste",
                    extra: [
                        ("answer-rol", "toezichthouder"), ("answer-organisatie", "gemeente"),
                    ]))
            let next = try await browser.get("/vertellen/anekdote").text
            #expect(next.contains("id=\"answer-rol-toezichthouder\" name=\"answer-rol\" value=\"toezichthouder\" checked>"))
            #expect(next.contains("id=\"answer-organisatie-gemeente\" name=\"answer-organisatie\" value=\"gemeente\" checked>"))
            // Story questions are never carried over.
            #expect(next.contains("id=\"answer-gevoel-nvt\" name=\"answer-gevoel\" value=\"\" checked>"))
        }
    }

    @Test func anEnglishLibraryAsksInEnglish() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let settings = site.root.appendingPathComponent("verhaal.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "language: nl", with: "language: en")
        try Data(text.utf8).write(to: settings)
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            let page = try await browser.get("/vertellen/anekdote").text
            #expect(page.contains("<legend>Where did the attention go in this story?</legend>"))
            #expect(page.contains("one&#39;s own organisation") || page.contains("one's own organisation"))
            #expect(page.contains(">not applicable</label>"))
            #expect(page.contains(">taking the lead</label>"))
            #expect(!page.contains("Waar ging"))
            let story = try await browser.get("/verhalen/zes-indicatoren").text
            #expect(story.contains("<dt>How did it feel?</dt><dd>hopeful</dd>"))
        }
    }
}
