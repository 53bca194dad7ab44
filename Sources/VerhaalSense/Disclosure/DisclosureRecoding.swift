import VerhaalKit

/// The first step of the disclosure rule, before anything is counted: in each dimension a
/// category with fewer than k stories goes into "overig" (with the stories without an answer,
/// when those are fewer than k too). When that group is still under k, its stories are left out
/// of the whole run, so that no table and no margin says anything about them; a dimension with
/// fewer than two groups of k is left out instead. A scale's ten bins are merged with their
/// neighbours until each holds at least k stories. Repeated until nothing more is left out.
struct DisclosureRecoding {
    static let otherID = "*overig"
    static let missingID = "*geen-antwoord"

    private(set) var entries: [Entry]
    private(set) var dimensions: [PatternDimension] = []
    private(set) var report: DisclosureReport

    init(dimensions original: [PatternDimension], entries: [Entry], rule: DisclosureRule, language: Language) {
        self.entries = entries
        report = DisclosureReport(k: rule.k)
        while true {
            var leaveOut = Set<Int>()
            let tellers = self.entries.map(\.teller)
            for dimension in original {
                let values = self.entries.map { dimension.value($0) }
                if case .leaveOut(let indices) = Self.plan(dimension, values: values, tellers: tellers, k: rule.k) {
                    leaveOut.formUnion(indices)
                }
            }
            guard !leaveOut.isEmpty else { break }
            report.leftOutStories += leaveOut.count
            self.entries = self.entries.enumerated().filter { !leaveOut.contains($0.offset) }.map(\.element)
        }
        let tellers = self.entries.map(\.teller)
        for dimension in original {
            let values = self.entries.map { dimension.value($0) }
            switch Self.plan(dimension, values: values, tellers: tellers, k: rule.k) {
            case .drop, .leaveOut:
                report.leftOutDimensions.append(dimension.id)
            case .keep:
                let recoded = Self.recode(dimension, values: values, tellers: tellers, k: rule.k, language: language)
                if let merged = recoded.categories.first(where: { $0.id == Self.otherID })?.merged {
                    report.merged.append(DisclosureReport.Merge(dimension: dimension.id, categories: merged))
                }
                self.dimensions.append(recoded)
            }
        }
    }

    enum Plan: Equatable {
        case keep
        case drop
        case leaveOut(Set<Int>)
    }

    /// How big a group of stories is: its stories, or for a question about the teller its
    /// tellers, since one teller's stories all give the same answer away.
    static func size(of stories: [Int], _ dimension: PatternDimension, tellers: [String]) -> Int {
        dimension.aboutTeller ? Set(stories.map { tellers[$0] }).count : stories.count
    }

    static func plan(_ dimension: PatternDimension, values: [PatternDimensionValue?], tellers: [String], k: Int) -> Plan {
        let missing = values.indices.filter { values[$0] == nil }
        let smallMissing = Set(size(of: missing, dimension, tellers: tellers) < k ? missing : [])
        if dimension.isScale {
            let answered = values.count - missing.count
            guard answered >= k else { return .drop }
            return smallMissing.isEmpty ? .keep : .leaveOut(smallMissing)
        }
        let sizes = categorySizes(values, dimension, tellers: tellers)
        let rare = Set(sizes.filter { $0.value < k }.keys)
        let pool = values.indices.filter { index in
            if case .category(let id)? = values[index] { rare.contains(id) } else { smallMissing.contains(index) }
        }
        let groups = sizes.values.filter { $0 >= k }.count
        let poolSize = size(of: pool, dimension, tellers: tellers)
        if pool.isEmpty || poolSize >= k { return groups + (pool.isEmpty ? 0 : 1) >= 1 ? .keep : .drop }
        return groups >= 2 ? .leaveOut(Set(pool)) : .drop
    }

    private static func categorySizes(_ values: [PatternDimensionValue?], _ dimension: PatternDimension, tellers: [String]) -> [String: Int]
    {
        var stories: [String: [Int]] = [:]
        for (index, value) in values.enumerated() {
            if case .category(let id)? = value { stories[id, default: []].append(index) }
        }
        return stories.mapValues { size(of: $0, dimension, tellers: tellers) }
    }

    private static func recode(
        _ dimension: PatternDimension, values: [PatternDimensionValue?], tellers: [String], k: Int, language: Language
    ) -> PatternDimension {
        let english = language == .english
        let missingCount = size(of: values.indices.filter { values[$0] == nil }, dimension, tellers: tellers)
        var recoded = dimension
        if dimension.isScale {
            var numbers: [Double] = []
            for case .number(let number)? in values { numbers.append(number) }
            recoded.bins = coarseBins(numbers, k: k)
            recoded.missingIndex = missingCount > 0 ? recoded.bins.count : nil
            return recoded
        }
        let rare = Set(categorySizes(values, dimension, tellers: tellers).filter { $0.value < k }.keys)
        let missingJoinsOther = missingCount > 0 && missingCount < k
        var categories = dimension.categories.filter { !rare.contains($0.id) }
        if !rare.isEmpty || missingJoinsOther {
            let merged = dimension.categories.map(\.id).filter(rare.contains)
            let title =
                missingJoinsOther
                ? (english ? "other or no answer" : "overig of geen antwoord") : (english ? "other" : "overig")
            categories.append(PatternDimension.Category(id: otherID, title: title, merged: merged))
            if missingJoinsOther { recoded.missingIndex = categories.count - 1 }
        }
        if missingCount >= k {
            categories.append(
                PatternDimension.Category(id: missingID, title: english ? "no answer" : "geen antwoord", isMissing: true))
            recoded.missingIndex = categories.count - 1
        }
        recoded.values = .categories(categories)
        let original = dimension.value
        recoded.value = { entry in
            guard case .category(let id)? = original(entry) else { return nil }
            return .category(rare.contains(id) ? otherID : id)
        }
        return recoded
    }

    /// The ten bins merged from the left until each holds at least k of `numbers`; what is left
    /// at the right end joins the last bin.
    static func coarseBins(_ numbers: [Double], k: Int) -> [ScaleBin] {
        var counts = [Int](repeating: 0, count: ScaleBin.tens.count)
        for number in numbers { counts[ScaleBin.index(of: number, in: ScaleBin.tens)] += 1 }
        var bins: [ScaleBin] = []
        var lower = 0
        var running = 0
        for (index, bin) in ScaleBin.tens.enumerated() {
            running += counts[index]
            if running >= k {
                bins.append(ScaleBin(lower: lower, upper: bin.upper))
                lower = bin.upper + 1
                running = 0
            }
        }
        if bins.isEmpty { return [ScaleBin(lower: 0, upper: 100)] }
        bins[bins.count - 1].upper = 100
        return bins
    }
}
