import Foundation
import Testing

@Suite struct CardsCommandTests {
    @Test func cardsAreWrittenForTheFiltersOrAComposition() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let lesson = try library.run(["cards", "--lesson", "3", "--format", "fodt"])
        #expect(lesson.status == 0, "\(lesson.errors)")
        #expect(lesson.output.hasPrefix("Exports/kaarten.fodt: "))
        let sheet = try library.text("Exports/kaarten.fodt")
        let listed = try library.run(["list", "--lesson", "3", "--json"]).output
        let privateCount = listed.components(separatedBy: "\"share\" : \"private\"").count - 1
        let titles = sheet.components(separatedBy: "text:style-name=\"Kaart_20_Titel\"").count - 1
        let entries = listed.components(separatedBy: "\"id\" :").count - 1
        #expect(titles == entries - privateCount, "every story of lesson 3 but the private ones")
        #expect(!sheet.contains("Twijfel in de trein"), "no private story")

        let board = try library.run(["cards", "raad-van-commissarissen"])
        #expect(board.status == 0, "\(board.errors)")
        #expect(board.output.hasPrefix("Exports/kaarten-raad-van-commissarissen.odt: 8 cards on 2 pages"))

        let both = try library.run(["cards", "raad-van-commissarissen", "--lesson", "3"])
        #expect(both.status != 0)
        #expect(both.errors.contains("a composition and filters cannot be combined"))
        let none = try library.run(["cards", "--tag", "bestaat-niet"])
        #expect(none.status != 0)
        #expect(none.errors.contains("no story to print"))
    }
}
