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
        let page = PageRenderer(site: site, session: MemberSession(member: member, cookieValue: "koekje", csrfToken: "teken"))
        let library = site.library()

        let coverage = CoveragePage.content(library.entries, framework: library.framework)
        let whole = page.html(.coverage, title: "Dekking <&>", section: .coverage, coverage)
        let part = PageRenderer.body(.coverage, content: coverage, strings: page.strings, templates: site.templates)
        #expect(page.html(title: "Dekking <&>", section: .coverage, pageHTML: part) == whole)
        #expect(whole.contains("Paul &lt;de &amp; coördinator&gt;") && whole.contains("teken") && whole.contains("<td>"))

        let error = PageRenderer.ErrorContent(heading: "<b>Kop</b>", message: "Een & ander")
        let errorPart = PageRenderer.body(.error, content: error, strings: page.strings, templates: site.templates)
        #expect(errorPart.contains("&lt;b&gt;Kop&lt;/b&gt;") && errorPart.contains("Een &amp; ander"))
        #expect(page.html(title: "Fout", pageHTML: errorPart) == page.html(.error, title: "Fout", error))
    }
}
