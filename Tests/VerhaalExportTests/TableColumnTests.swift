import Testing

@testable import VerhaalExport

@Suite("Table columns wide enough for their words")
struct TableColumnTests {
    @Test func aLongWordGetsTheWidthItNeedsFromTheColumnsWithRoomToSpare() {
        let header = ["Titel", "Soort", "Verteller", "Datum", "Bezoek"]
        let rows = [
            [
                "Een lange titel over het samenwerken van corporaties en gemeenten in de wijk", "anekdote", "Paul Sebregts",
                "12 juni 2019", "Tilburg: netwerkmanagement",
            ],
            [
                "Nog een lange titel, over wat bestuurders leerden toen zij met elkaar op reis gingen", "citaat",
                "Christoffel Klap, directeur-bestuurder van de woonstichting", "4 juli 2019", "–",
            ],
        ]
        let percents = ODTStyles.columnPercents(header: header, rows: rows)
        #expect(percents.count == 5)
        #expect(percents.reduce(0, +) <= 100)
        let needed = ODTStyles.wordPercent("netwerkmanagement", bold: false)
        #expect(needed == 25, "17 letters at 9 pt and the padding are 3.6 cm")
        #expect(percents[4] >= needed, "\(percents)")
        for (column, texts) in zip(0..., zip(header, rows[0])) {
            #expect(percents[column] >= ODTStyles.wordPercent(texts.0, bold: true))
            #expect(percents[column] >= ODTStyles.wordPercent(texts.1, bold: false))
        }
        #expect(percents[0] == percents.max(), "the titles keep the widest column")
    }
}
