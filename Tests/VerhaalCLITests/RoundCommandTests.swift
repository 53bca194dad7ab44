import Foundation
import Testing

@Suite struct RoundCommandTests {
    static let reason = "Dit verhaal laat als geen ander zien wat er in de wijk verandert."

    @Test func aSecondPickAsksForReplaceAndKeepsTheEarlierOneWithItsDissent() throws {
        let library = try TemporaryLibrary.sampleCopy()
        #expect(try library.run(["round", "open", "tafel", "--panel", "Netwerktafel", "--kind", "quote"]).status == 0)
        let first = try library.run([
            "round", "pick", "tafel", "--domain", "delen", "ruggensteun", "--reason", Self.reason, "--dissent", "Twee leden twijfelden.",
        ])
        #expect(first.status == 0, "\(first.errors)")
        let again = try library.run(["round", "pick", "tafel", "--domain", "delen", "--none", "--reason", Self.reason])
        #expect(again.status == 1)
        #expect(again.errors.contains("'delen' has a choice already: ruggensteun") && again.errors.contains("add --replace"))
        #expect(!(try library.text("Stories/rondes/tafel.md")).contains("geen keuze"), "nothing changed")
        let replaced = try library.run(["round", "pick", "tafel", "--domain", "delen", "--none", "--reason", Self.reason, "--replace"])
        #expect(replaced.status == 0, "\(replaced.errors)")
        #expect(replaced.output.contains("Replaced: ruggensteun (kept in the round as replaced)"))
        let text = try library.text("Stories/rondes/tafel.md")
        let record = try #require(text.range(of: "replaced:\n")).upperBound
        #expect(text[record...].hasPrefix("  - domain: \"delen\"\n    story: \"ruggensteun\""))
        #expect(text[record...].contains("dissent: \"Twee leden twijfelden.\""), "its dissent is kept")
        #expect(try library.run(["check"]).status == 0, "the record reads back")
    }

    @Test func aRoundIsOpenedPickedClosedAndFollowedByTheNextPanel() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let open = try library.run(["round", "open", "tafel", "--panel", "Netwerktafel", "--kind", "quote", "--date", "2021-01-10"])
        #expect(open.status == 0, "\(open.errors)")
        #expect(open.output.contains("Stories/rondes/tafel.md:"))
        #expect(!(try library.text("Stories/rondes/tafel.md")).contains("twijfel-in-de-trein"), "never a private story")
        #expect(try library.run(["round", "open", "tafel", "--panel", "X"]).errors.contains("exists already"))

        let short = try library.run(["round", "pick", "tafel", "--domain", "delen", "ruggensteun", "--reason", "Mooi."])
        #expect(short.status != 0 && short.errors.contains("at least one sentence of 8 words"))
        let stranger = try library.run(["round", "pick", "tafel", "--domain", "delen", "zes-indicatoren", "--reason", Self.reason])
        #expect(stranger.status != 0 && stranger.errors.contains("is not a candidate of this round"))
        let nowhere = try library.run(["round", "pick", "tafel", "--domain", "onzin", "ruggensteun", "--reason", Self.reason])
        #expect(nowhere.status != 0 && nowhere.errors.contains("is not a domain of this round"))
        let pick = try library.run([
            "round", "pick", "tafel", "--domain", "delen", "ruggensteun", "--reason", Self.reason, "--dissent", "Niet iedereen.",
        ])
        #expect(pick.status == 0, "\(pick.errors)")
        let early = try library.run(["round", "close", "tafel"])
        #expect(early.status != 0 && early.errors.contains("no choice yet for resultaat, grenzeloos, dynamiek, verhaal, bewoners"))
        for domain in ["resultaat", "grenzeloos", "dynamiek", "verhaal", "bewoners"] {
            #expect(try library.run(["round", "pick", "tafel", "--domain", domain, "--none", "--reason", Self.reason]).status == 0)
        }
        #expect(try library.run(["round", "close", "tafel"]).status == 0)
        let late = try library.run(["round", "pick", "tafel", "--domain", "delen", "ruggensteun", "--reason", Self.reason])
        #expect(late.status != 0 && late.errors.contains("is closed"))
        #expect(try library.run(["check"]).status == 0)

        let next = try library.run(["round", "open", "bestuur", "--panel", "Bestuur", "--after", "tafel"])
        #expect(next.output.contains("1 candidate,"), "the stories the first panel chose")
        let show = try library.run(["show", "ruggensteun"]).output
        #expect(show.contains("Netwerktafel (tafel, 2021-01-10): chosen for 'Leiderschap: delen als rode draad'"))
        #expect(show.contains("why: \(Self.reason)") && show.contains("dissent: Niet iedereen."))
        #expect(show.contains("Bestuur (bestuur, ") && show.contains("a candidate, the round is open"))

        var text = try library.text("Stories/rondes/tafel.md")
        text = text.replacingOccurrences(of: "\"ruggensteun\"", with: "\"bestaat-niet\"")
        try library.write(text, to: "Stories/rondes/tafel.md")
        let check = try library.run(["check"])
        #expect(check.status != 0 && check.output.contains("[V120]"))
    }
}
