import Foundation
import Testing

/// `verhaal patterns` on the sample library: only what the audience may see counts.
@Suite struct PatternCommandTests {
    @Test func patternsCountOnlyWhatTheAudienceMaySee() throws {
        let library = try TemporaryLibrary.sampleCopy()
        func report(_ arguments: [String]) throws -> [String: Any] {
            let result = try library.run(["patterns", "--json"] + arguments)
            #expect(result.status == 0, "\(result.errors)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        }
        let network = try report(["--as-coordinator"])
        #expect(network["stories"] as? Int == 37, "the one private entry counts in nothing")
        let patterns = try #require(network["patterns"] as? [[String: Any]])
        let pattern = try #require(patterns.first { $0["id"] as? String == "pendule~gevoel" })
        for key in ["id", "kind", "dimensions", "n", "test", "statistic", "p", "q", "effect", "suggestive", "cells"] {
            #expect(pattern[key] != nil, "\(key)")
        }
        #expect((network["tests"] as? Int ?? 0) > 100)
        let publicOnly = try report(["--audience", "public"])
        // No cell of a public run shows a group of one or two stories.
        var cells = 0
        for pattern in publicOnly["patterns"] as? [[String: Any]] ?? [] {
            for cell in pattern["cells"] as? [[String: Any]] ?? [] {
                cells += 1
                // The stories that answered neither question carry no answer to give away.
                let neither = cell["labels"] as? [String] == ["*geen-antwoord", "*geen-antwoord"]
                if let count = cell["count"] as? Int, !neither {
                    #expect(count == 0 || count >= 3, "\(pattern["id"] ?? "") \(cell)")
                } else if !neither {
                    #expect(cell["count"] as? String == "x", "every hidden cell reads the same")
                    #expect(cell["expected"] == nil, "no expected count beside a hidden cell")
                }
            }
        }
        #expect(cells > 500)
        #expect(publicOnly["constantTellers"] == nil, "no teller is named to an audience")
        let shared = try library.run(["list", "--json"]).output
        let publicCount = (try JSONSerialization.jsonObject(with: Data(shared.utf8)) as? [[String: Any]] ?? [])
            .filter { $0["share"] as? String == "public" }.count
        let leftOut = (publicOnly["disclosure"] as? [String: Any])?["leftOutStories"] as? Int ?? -1
        #expect(publicOnly["stories"] as? Int == publicCount - leftOut)
        #expect(try library.run(["patterns"]).output.contains("Protected: no group under 3 is shown or tested"))
        let text = try library.run(["patterns", "--as-coordinator"]).output
        #expect(text.contains("37 stories (audience: network)"))
        #expect(try library.run(["patterns", "--minimum-n", "1"]).status == 64)
    }

    @Test func theReportHasAnIndexAndAPagePerPatternAndOnlyTheAudiencesStories() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["patterns", "--audience", "public", "--out", "rapport"])
        #expect(result.status == 0, "\(result.errors)")
        let folder = library.url("rapport")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.contains("index.html") && pages.contains("pendule~gevoel.html"))
        #expect(pages.count == files.filter { $0.hasSuffix(".svg") }.count, "index + a page per pattern; a figure per pattern + coverage")
        #expect(files.contains("dekking.svg"))
        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"pendule~gevoel.html\">"))
        let listed =
            try JSONSerialization.jsonObject(with: Data(try library.run(["list", "--json"]).output.utf8)) as? [[String: Any]] ?? []
        let hidden = listed.filter { $0["share"] as? String != "public" }.compactMap { $0["title"] as? String }
        #expect(hidden.count > 10)
        var sampled = 0
        for page in pages where page != "index.html" {
            let text = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            for title in hidden { #expect(!text.contains(">\(title)<"), "\(page) shows '\(title)'") }
            sampled += text.components(separatedBy: "<span class=\"meta\">").count - 1
        }
        #expect(sampled > 0, "some pages list the public stories behind them")
    }

    @Test func anEnglishLibraryGetsTheChapterAndTheReportInEnglish() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let settings = try library.text("verhaal.yaml")
        try library.write(settings.replacingOccurrences(of: "language: nl", with: "language: en"), to: "verhaal.yaml")
        let export = try library.run(["export", "--format", "docbook"])
        #expect(export.status == 0, "\(export.errors)")
        let docbook = try library.text("Exports/wenkend-perspectief.xml")
        #expect(docbook.contains("<title>What the stories show together</title>"))
        #expect(docbook.contains("Kruskal–Wallis over "))
        #expect(docbook.contains("<title>Interpretations</title>"))
        #expect(try library.run(["patterns", "--out", "report"]).status == 0)
        let page = try String(contentsOf: library.url("report/pendule~gevoel.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">") && page.contains("Stories behind this pattern"))
        #expect(page.contains("Where did the attention go in this story? × How did it feel?"))
    }
}

/// Observations stay true: `check` says when the library moved away from the numbers an
/// observation was written against, and `compose` when a marked pattern cannot be shown.
@Suite struct ObservationDriftTests {
    static let file = "Stories/duiding/verantwoordelijkheid-kijkt-naar-het-netwerk.md"

    @Test func checkWarnsWhenTheStoriesOrTheQHaveMovedOn() throws {
        let library = try TemporaryLibrary.sampleCopy()
        #expect(try library.run(["check"]).output.contains("0 errors, 0 warnings"), "the sample's observation is up to date")
        let text = try library.text(Self.file)
        try library.write(text.replacingOccurrences(of: "n: 27", with: "n: 26"), to: Self.file)
        let moved = try library.run(["check"])
        #expect(moved.status == 0, "a warning, not an error")
        #expect(moved.output.contains("\(Self.file):7:1: warning: the library has moved on since this observation"))
        #expect(moved.output.contains("it says 26 stories and the pattern now counts 27 [V127]"))
        try library.write(text.replacingOccurrences(of: "q: 0.146", with: "q: 0.01"), to: Self.file)
        #expect(try library.run(["check"]).output.contains("q crossed 0.05 (was 0.01, now 0.146)"))
        try library.write(text.replacingOccurrences(of: "q: 0.146", with: "q: veel"), to: Self.file)
        #expect(try library.run(["check"]).output.contains("'q' must be a number from 0 to 1"))
    }

    @Test func composeWarnsWhenAMarkedPatternHasNoTestForTheAudience() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let output = try library.run(["compose", "raad-van-commissarissen"]).output
        #expect(
            output.contains(
                "Warning: pattern 'pendule~leiderschap=verantwoordelijkheid' is marked, but has no test for the audience public: fewer than 20 stories"
            ))
    }
}

/// `patterns --compare`: the cohorts of one question side by side, from the run's own tables.
@Suite struct PatternCompareTests {
    @Test func theCohortsProfilesAreThePairPatternsUnderTheSameRule() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["patterns", "--compare", "gevoel", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let comparison = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(comparison["by"] as? String == "gevoel")
        let profiles = try #require(comparison["profiles"] as? [[String: Any]])
        #expect(profiles.count > 10)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(try library.run(["patterns", "--json"]).output.utf8)) as? [String: Any])
        let patterns = try #require(report["patterns"] as? [[String: Any]])
        let pendule = try #require(profiles.first { $0["dimension"] as? String == "pendule" })
        let pair = try #require(patterns.first { $0["id"] as? String == pendule["pattern"] as? String })
        // Every count of the profile is the pair's cell for that cohort and bin, hidden ones as "x".
        var shown: [String: String] = [:]
        for cell in pair["cells"] as? [[String: Any]] ?? [] {
            let labels = cell["labels"] as? [String] ?? []
            shown[labels.reversed().joined(separator: "|")] = "\(cell["count"] ?? "")"
        }
        let categories = pendule["categories"] as? [String] ?? []
        var compared = 0
        for row in pendule["rows"] as? [[String: Any]] ?? [] {
            let cohort = row["cohort"] as? String ?? ""
            for (category, count) in zip(categories, row["counts"] as? [Any] ?? []) {
                #expect(shown["\(cohort)|\(category)"] == "\(count)", "\(cohort) \(category)")
                compared += 1
            }
        }
        #expect(compared > 10)
        #expect(try library.run(["patterns", "--compare", "gevoel", "--out", "rapport"]).status == 0)
        let page = try String(contentsOf: library.url("rapport/vergelijking-gevoel.html"), encoding: .utf8)
        #expect(page.contains("Vergeleken naar: Hoe voelde het?") && page.contains("<svg"))
    }

    @Test func anUnknownOrHiddenQuestionIsRefusedWithAHint() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let typo = try library.run(["patterns", "--compare", "gevoell"])
        #expect(typo.status != 0 && typo.errors.contains("did you mean 'gevoel'?"))
        let hidden = try library.run(["patterns", "--compare", "organisatie"])
        #expect(hidden.status != 0 && hidden.errors.contains("cannot be compared by for this audience"))
        #expect(try library.run(["patterns", "--compare", "organisatie", "--as-coordinator"]).status == 0)
    }
}

/// The sample's public board paper, as the board reads it.
@Suite struct PublicBoardPaperTests {
    @Test func thePublicBoardPaperShowsNoGroupUnderThreeAndNoTellerBesideAnAnswer() throws {
        let library = try TemporaryLibrary.sampleCopy()
        #expect(try library.run(["export", "raad-van-commissarissen", "--format", "docbook"]).status == 0)
        let docbook = try library.text("Exports/raad-van-commissarissen.xml")
        let chapterStart = try #require(docbook.range(of: "xml:id=\"patronen\""))
        let chapterEnd =
            docbook.range(of: "</section>\n<section", range: chapterStart.upperBound..<docbook.endIndex)?.lowerBound ?? docbook.endIndex
        let chapter = String(docbook[chapterStart.lowerBound..<chapterEnd])
        var figures = 0
        for figure in chapter.matches(of: /<svg[\s\S]*?<\/svg>/) {
            figures += 1
            for text in String(figure.0).matches(of: /<text[^>]*>([^<]*)<\/text>/) {
                guard let number = Int(String(text.1).trimmingCharacters(in: .whitespaces)) else { continue }
                #expect(number == 0 || number >= 3, "a figure of the public paper shows a group of \(number)")
            }
        }
        #expect(figures >= 1)
        #expect(!chapter.contains("&lt;3"), "a small group is never marked as small: hidden cells read x")
        let listed =
            try JSONSerialization.jsonObject(with: Data(try library.run(["list", "--json"]).output.utf8)) as? [[String: Any]] ?? []
        let tellers = Set(listed.compactMap { $0["teller"] as? String })
        #expect(tellers.count >= 5)
        // Observations name their author; no teller is named beside a count or an answer.
        let figuresAndStatistics = chapter.matches(of: /<figure[\s\S]*?<\/figure>|<emphasis>[^<]*<\/emphasis>/).map { String($0.0) }
        for part in figuresAndStatistics {
            for teller in tellers { #expect(!part.contains(teller), "\(teller) is named in the patterns chapter") }
        }
    }
}
