import Foundation
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// A page whose own part is rendered once and kept (`PageRenderer.body`) is, to the byte, the
/// page its whole template renders.
@Suite struct PageBodyTests {
    @Test func aKeptPartInTheLayoutIsThePageTheWholeTemplateRenders() throws {
        let testSite = try WebTestSite()
        defer { testSite.remove() }
        let site = try Site(root: testSite.root)
        let member = Member(name: "Paul <de & coördinator>", isCoordinator: true, tokenHash: "", added: "2020-01-01")
        let page = PageRenderer(site: site, login: MemberLogin(member: member, cookieValue: "koekje", csrfToken: "teken"))
        let library = site.library()

        let coverage = CoveragePage.content(library.entries, framework: library.framework)
        let whole = page.html(.coverage, title: "Dekking <&>", section: .coverage, coverage)
        let part = PageRenderer.body(.coverage, content: coverage, strings: page.strings, templates: site.templates)
        #expect(page.html(title: "Dekking <&>", section: .coverage, pageHTML: part) == whole)
        #expect(whole.contains("Paul &lt;de &amp; coördinator&gt;") && whole.contains("teken") && whole.contains("<td>"))

        // A form's part holds the token it is given.
        let form = RecordFormView(
            kind: .quote, fields: nil, answers: nil, problems: [], member: member, library: library,
            suggestions: RecordSuggestions(library: library, member: member, templates: site.templates), strings: page.strings
        ).content()
        let formPart = PageRenderer.body(.record, content: form, strings: page.strings, templates: site.templates, csrf: "teken")
        #expect(
            page.html(title: "Citaat", section: .record, pageHTML: formPart) == page.html(.record, title: "Citaat", section: .record, form))
        #expect(formPart.contains("name=\"csrf\" value=\"teken\""))

        let error = PageRenderer.ErrorContent(heading: "<b>Kop</b>", message: "Een & ander")
        let errorPart = PageRenderer.body(.error, content: error, strings: page.strings, templates: site.templates)
        #expect(errorPart.contains("&lt;b&gt;Kop&lt;/b&gt;") && errorPart.contains("Een &amp; ander"))
        #expect(page.html(title: "Fout", pageHTML: errorPart) == page.html(.error, title: "Fout", error))
    }
}
