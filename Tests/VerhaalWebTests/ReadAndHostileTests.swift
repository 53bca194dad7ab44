import Foundation
import HummingbirdTesting
import NIOCore
import Testing
import VerhaalExport
import VerhaalKit

@testable import VerhaalWeb

@Suite("Reading stories, and hostile requests")
struct ReadAndHostileTests {
    @Test func aMemberNeverSeesAnotherMembersPrivateEntry() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let saved = try await lilian.post(
                "/vertellen/anekdote",
                RecordTests.fields(csrf: csrf, title: "Mijn twijfel")
                    .map { $0.0 == "share" ? ("share", "private") : $0 })
            let location = try #require(saved.location)
            let path = String(location.prefix { $0 != "?" })
            #expect(try await lilian.get(path).status == .ok)
            #expect(try await lilian.get("/verhalen").text.contains("Mijn twijfel"))

            let paul = try await Browser.signIn(client, token: site.paulToken)
            #expect(try await paul.get(path).status == .notFound)
            let list = try await paul.get("/verhalen").text
            #expect(!list.contains("Mijn twijfel"))
            // The sample library's private entry is Corry Keulen's: neither member sees it.
            #expect(!list.contains("twijfel-in-de-trein"))
            #expect(try await paul.get("/verhalen/twijfel-in-de-trein").status == .notFound)
            #expect(!(try await paul.get("/verhalen?tekst=twijfel").text.contains("Mijn twijfel")))
        }
    }

    @Test func storiesCanBeFilteredByLessonPerspectiveTagAndText() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let library = LibraryStore(root: site.root).load()
        let visible = library.entries.filter { $0.share != .private }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let all = try await paul.get("/verhalen").text
            #expect(all.contains("\(visible.count) verhalen"))
            let byLesson = try await paul.get("/verhalen?les=3&perspectief=netwerk").text
            var query = EntryQuery()
            query.lessons = ["delen"]
            query.perspectives = ["netwerk"]
            let expected = query.filter(visible)
            #expect(byLesson.contains("\(expected.count) verhalen"))
            for entry in expected { #expect(byLesson.contains("href=\"/verhalen/\(entry.id)\"")) }
            let tag = try #require(visible.first?.tags.first)
            let byTag = try await paul.get("/verhalen?tag=\(tag.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)").text
            #expect(byTag.contains("href=\"/verhalen/\(visible.first!.id)\""))
            let byText = try await paul.get("/verhalen?tekst=zes+INDICATOREN").text
            #expect(byText.contains("href=\"/verhalen/zes-indicatoren\""))
        }
    }

    @Test func theCoveragePageShowsEveryCombinationAndWhereStoriesAreMissing() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        // Take every story about lesson 4 from the 'jezelf' perspective out of the library.
        let library = LibraryStore(root: site.root).load()
        for entry in library.entries where entry.lessons.contains("dynamiek") && entry.perspectives.contains("jezelf") {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent(entry.path))
        }
        try await site.test { client in
            let page = try await Browser.signIn(client, token: site.paulToken).get("/dekking")
            #expect(page.status == .ok)
            let text = page.text
            for lesson in Framework.essay.lessons { #expect(text.contains("\(lesson.number). \(lesson.title)")) }
            for perspective in Framework.essay.perspectives { #expect(text.contains("<th scope=\"col\">\(perspective.title)</th>")) }
            #expect(text.components(separatedBy: "class=\"missing\"").count - 1 == 1)
            #expect(text.contains("href=\"/verhalen?les=delen&amp;perspectief=netwerk\""))
        }
    }

    @Test func aScriptInATitleOrTextIsShownAsTextNeverRun() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/vertellen/anekdote")
            let title = "<script>alert('titel')</script>"
            let saved = try await paul.post(
                "/vertellen/anekdote",
                RecordTests.fields(csrf: csrf, title: title)
                    .map { $0.0 == "text" ? ("text", "Tekst <script>alert('tekst')</script> en [link](javascript:alert(1))") : $0 })
            #expect(saved.status == .seeOther)
            let page = try await paul.get(try #require(saved.location)).text
            #expect(page.contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;"))
            #expect(!page.contains("<script"))
            #expect(!page.contains("javascript:"))
            let list = try await paul.get("/verhalen").text
            #expect(list.contains("&lt;script&gt;") && !list.contains("<script"))
        }
    }

    @Test func aBodyOverTheLimitGets413AndNothingIsWritten() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/vertellen/anekdote")
            let big = String(repeating: "lang verhaal ", count: WebLimits.maximumBodyBytes / 12)
            let response = try await paul.post(
                "/vertellen/anekdote",
                RecordTests.fields(csrf: csrf, title: "Te lang")
                    .map { $0.0 == "text" ? ("text", big) : $0 })
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("Te groot"))
        }
        #expect(site.entryFiles().count == 38)
    }

    @Test(arguments: [
        "/verhalen/..%2F..%2F..%2Fetc%2Fpasswd", "/verhalen/%2E%2E", "/verhalen/..", "/verhalen/zes-indicatoren%2F..",
        "/verhalen/../verhaal.yaml", "/verhalen/" + String(repeating: "a", count: 500), "/verhalen/Zes-Indicatoren",
        "/verhalen/zes-indicatoren.md", "/samenstellen/..%2F..%2Fverhaal/odt", "/samenstellen/wenkend-perspectief/pdf",
        "/vertellen/..%2Fanekdote", "/bestaat-niet",
    ])
    func malformedOrUnknownIDsGet404(path: String) async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let response = try await Browser.signIn(client, token: site.paulToken).get(path)
            #expect(response.status == .notFound)
            #expect(!response.text.contains("root:"))
            #expect(response.text.contains("Niet gevonden"))
        }
    }

    @Test func entriesEditedOnDiskAreSeenOnTheNextRequest() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            #expect(!(try await paul.get("/verhalen").text.contains("Net op schijf gezet")))
            let file = site.root.appendingPathComponent("Stories/anekdotes/net-op-schijf.md")
            try Data("---\nkind: anecdote\ntitle: Net op schijf gezet\ndate: 2024-01-01\nteller: Paul\n---\nTekst.\n".utf8).write(to: file)
            #expect(try await paul.get("/verhalen").text.contains("Net op schijf gezet"))
            #expect(try await paul.get("/verhalen/net-op-schijf").status == .ok)
        }
    }

    @Test func pagesCarryHeadersThatForbidScriptsFramesAndReferrers() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let response = try await client.execute(uri: "/aanmelden", method: .get)
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(response.headers[.referrerPolicyHeader] == "no-referrer")
            #expect(response.headers[.xFrameOptionsHeader] == "DENY")
            #expect(response.text.contains("<html lang=\"nl\">"))
            #expect(response.text.contains("name=\"viewport\""))
        }
    }

    @Test func onlyCoordinatorsComposeAndDownloadExports() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            #expect(try await lilian.get("/samenstellen").status == .forbidden)
            #expect(try await lilian.get("/samenstellen/wenkend-perspectief/odt").status == .forbidden)
            #expect(!(try await lilian.get("/").text.contains("href=\"/samenstellen\"")))
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let page = try await paul.get("/samenstellen")
            #expect(page.status == .ok)
            #expect(page.text.contains("href=\"/samenstellen/raad-van-commissarissen/fodp\""))
            #expect(page.text.contains("Publiek: Iedereen") && page.text.contains("Publiek: Het netwerk"), "the audience in Dutch")
            #expect(!page.text.contains("Publiek: network") && !page.text.contains("1 verhalen"))
            let odt = try await paul.get("/samenstellen/wenkend-perspectief/odt")
            #expect(odt.status == .ok)
            #expect(odt.headers[.contentType] == "application/vnd.oasis.opendocument.text")
            #expect(odt.headers[.contentDisposition] == "attachment; filename=\"wenkend-perspectief.odt\"")
            #expect(odt.body.getString(at: 0, length: 2) == "PK")
            let docbook = try await paul.get("/samenstellen/wenkend-perspectief/docbook")
            #expect(docbook.text.hasPrefix("<?xml"))
            #expect(!docbook.text.contains("Twijfel in de trein"))
            // The server keeps its entries without their texts: the download has them all, as
            // the CLI's export of the same files does.
            let cli = try ExportPipeline.export(LibraryStore(root: site.root).load(), name: "wenkend-perspectief", format: .docbook)
            #expect(Data(buffer: docbook.body) == cli)
            // Beside each document: who is in it, and on what basis, as 'export' writes it.
            #expect(page.text.contains("href=\"/samenstellen/raad-van-commissarissen/manifest\""))
            let manifest = try await paul.get("/samenstellen/raad-van-commissarissen/manifest")
            #expect(manifest.status == .ok && manifest.headers[.contentType] == "application/json")
            let written = try ExportPipeline.compose(LibraryStore(root: site.root).load(), name: "raad-van-commissarissen").manifest
            #expect(Data(buffer: manifest.body) == (try DocumentManifestJSON.data(written)))
            #expect(try await lilian.get("/samenstellen/raad-van-commissarissen/manifest").status == .forbidden)
            // For researchers and spreadsheets: the same stories under the same audience rules.
            #expect(page.text.contains("href=\"/samenstellen/raad-van-commissarissen/onderzoek/qdpx\""))
            #expect(page.text.contains("raad-van-commissarissen.qdpx</a>: de verhalen voor onderzoekers (REFI-QDA"))
            let qdpx = try await paul.get("/samenstellen/raad-van-commissarissen/onderzoek/qdpx")
            #expect(qdpx.status == .ok && qdpx.body.getString(at: 0, length: 2) == "PK")
            let library = LibraryStore(root: site.root).load()
            #expect(Data(buffer: qdpx.body) == (try ExportPipeline.researchFile(library, name: "raad-van-commissarissen", format: .qdpx)))
            let csv = try await paul.get("/samenstellen/raad-van-commissarissen/onderzoek/csv")
            #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
            let publicCSV = String(decoding: Data(buffer: csv.body), as: UTF8.self)
            #expect(!publicCSV.contains(",network,") && !publicCSV.contains(",private,") && publicCSV.contains(",public,"))
            #expect(try await lilian.get("/samenstellen/raad-van-commissarissen/onderzoek/csv").status == .forbidden)
            #expect(try await paul.get("/samenstellen/raad-van-commissarissen/onderzoek/xls").status == .notFound)
        }
    }

    /// 3. One broken file does not take the exports from the coordinators: it is named, and
    /// the downloads leave it out.
    @Test func aBrokenEntryIsNamedOnTheComposePageAndTheExportsStillDownload() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let broken = site.root.appendingPathComponent("Stories/anekdotes/kapot.md")
        try Data("---\nkind: anecdote\ntitle: Kapot\n".utf8).write(to: broken)
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let page = try await paul.get("/samenstellen")
            #expect(page.status == .ok)
            #expect(page.text.contains("Bestanden met fouten"))
            #expect(page.text.contains("<code>Stories/anekdotes/kapot.md</code>"))
            let response = try await paul.get("/samenstellen/wenkend-perspectief/docbook")
            #expect(response.status == .ok)
            #expect(response.text.contains("Zes indicatoren"))
            #expect(!response.text.contains("Kapot"))
        }
    }

    @Test func aCompositionWithErrorsIsNotMadeAndSaysWhy() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let composition = site.root.appendingPathComponent("Stories/verhalen/fout.yaml")
        try Data("title: Fout\naudiance: public\n".utf8).write(to: composition)
        try await site.test { client in
            let response = try await Browser.signIn(client, token: site.paulToken).get("/samenstellen/fout/odt")
            #expect(response.status == .conflict)
            #expect(response.text.contains("De samenstelling heeft fouten"))
            // In the page's language: the file, its line, and the code that `check` explains.
            #expect(response.text.contains("Stories/verhalen/fout.yaml: regel 2, melding V064"))
            #expect(!response.text.contains("unknown key"))
        }
    }

    @Test func pagesFollowTheLibrarysLanguage() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let settings = site.root.appendingPathComponent("verhaal.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "language: nl", with: "language: en").write(to: settings, atomically: true, encoding: .utf8)
        try await site.test { client in
            let page = try await Browser.signIn(client, token: site.paulToken).get("/vertellen/anekdote").text
            #expect(page.contains("<html lang=\"en\">"))
            #expect(page.contains("Tell an anecdote"))
            // The framework is English too: no lesson, perspective or question in Dutch.
            let browser = try await Browser.signIn(client, token: site.paulToken)
            var pages = [page]
            for path in ["/dekking", "/verhalen/zes-indicatoren", "/vertellen/citaat", "/rondes", "/rondes/rvc-2020"] {
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path)")
                pages.append(response.text)
            }
            let dutch =
                Framework.essay.lessons.map(\.title) + Framework.essay.perspectives.flatMap { [$0.title] + $0.questions }
                + Framework.essay.questions.map(\.prompt)
            for (index, text) in pages.enumerated() {
                for phrase in dutch { #expect(!text.contains(phrase), "page \(index) holds '\(phrase)'") }
            }
            #expect(pages[1].contains("Focus on results, not on the form of collaboration"))
            #expect(pages[1].contains("Your role as a director"))
            #expect(pages[4].contains("Open a round") && pages[5].contains("<h3>What changes for residents?</h3>"))
            #expect(!pages[5].contains("Wat verandert er voor bewoners?") && pages[5].contains("This round is closed."))
        }
    }
}
