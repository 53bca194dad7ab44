import Foundation
import Hummingbird
import NIOPosix
import VerhaalGit
import VerhaalKit
import VerhaalSense

/// *Patronen*: every pattern over the stories the network may see (never a private one), with
/// small groups suppressed; a page per pattern; and for coordinators the forms to mark a
/// pattern and to write an observation, checked by the rules `check` applies to the file.
struct PatternsPage {
    let site: Site

    struct InterpretationInput: Encodable, Sendable {
        var number: Int
        var legend: String
        var title: String
        var text: String
        var questions: String
        var idea: String
    }

    struct FormView: Encodable, Sendable {
        var markAction: String
        var observationAction: String
        var marks: [SelectOption]
        var strengths: [SelectOption]
        var title: String
        var text: String
        var interpretations: [InterpretationInput]
        var hasProblems: Bool
        var problems: [String]
    }

    struct ListContent: Encodable, Sendable {
        var list: PatternListView
    }

    struct DetailContent: Encodable, Sendable {
        var detail: PatternDetailView
        var form: FormView?
        var saved: String?
    }

    func register(on router: Router<WebContext>) {
        router.get("/patronen") { _, context in
            let page = try site.page(for: context)
            let library = try await page.library()
            let reader = try Self.reader(page)
            let content = try await NIOThreadPool.singleton.runIfActive {
                let analysis = PatternAnalysis(library: library, audience: .network, reader: reader)
                return ListContent(
                    list: try PatternListView(analysis: analysis, library: library, strings: page.strings.patterns) {
                        "/patronen/\($0)"
                    })
            }
            return page.render(.patterns, title: page.strings.patterns.title, section: .patterns, content)
        }
        router.get("/patronen/:id") { request, context in
            let page = try site.page(for: context)
            let saved = request.uri.queryParameters.get("bewaard").map { String($0) }
            return try await detail(id: try id(in: context), page: page, saved: saved, fields: nil, problems: [])
        }
        router.post("/patronen/:id/markering") { request, context in
            let page = try coordinatorPage(context)
            let id = try id(in: context)
            // The web never writes a mark that `check` would refuse.
            guard try await page.library().framework.patternIDProblem(id) == nil else { throw HTTPError(.notFound) }
            let fields = try await FormReader.decodeChecked(MarkFields.self, from: request, context: context, site: site)
            guard let mark = fields.mark.flatMap(PatternMark.init(rawValue:)) else {
                return try await detail(
                    id: id, page: page, saved: nil, fields: nil, problems: [page.strings.patterns.markHeading],
                    status: .unprocessableContent)
            }
            let store = site.store
            try await NIOThreadPool.singleton.runIfActive { try store.saveMark(mark, for: id) }
            site.noteChange()
            let marks = "\(LibraryStore.storiesFolder)/\(LibraryStore.sensemakingFolder)/\(LibraryStore.marksFile)"
            _ = await site.commit(paths: [marks], by: try page.member, .markedPattern(id: id, mark: mark.rawValue))
            return Response(status: .seeOther, headers: [.location: "/patronen/\(id)?bewaard=\(LibraryStore.marksFile)#markeren"])
        }
        router.post("/patronen/:id/duiding") { request, context in
            let page = try coordinatorPage(context)
            let id = try id(in: context)
            guard try await page.library().framework.patternIDProblem(id) == nil else { throw HTTPError(.notFound) }
            let member = try page.member
            let fields = try await FormReader.decodeChecked(ObservationFields.self, from: request, context: context, site: site)
            let store = site.store
            let library = try await page.library()
            let messages = FormMessages(language: page.strings.lang)
            let outcome = try await NIOThreadPool.singleton.runIfActive { () -> Result<String, ObservationRefusal> in
                // The observation keeps the numbers it was written against, for `check` to compare.
                let shown = PatternAnalysis(library: library, audience: .network, reader: .coordinator).pattern(id: id)
                let observation = Observation(
                    id: "web", path: "web", pattern: id, title: fields.title ?? "", strength: Int(fields.strength ?? "") ?? 0,
                    author: member.name, date: .today(), interpretations: fields.interpretations, text: fields.text ?? "",
                    basis: shown.map { Observation.Basis(n: $0.n, q: $0.q) })
                // The form is checked as `check` checks the file: written out, then read back.
                let framework = store.loadSettings().0.framework
                let text = try ObservationWriter.text(of: observation)
                let problems = ObservationParser(framework: framework).parse(text, id: "web", path: "web").1
                guard problems.isEmpty else {
                    let said = problems.map(messages.observationMessage(for:))
                    return .failure(
                        ObservationRefusal(problems: said.enumerated().filter { !said[..<$0.offset].contains($0.element) }.map(\.element)))
                }
                return .success(try store.saveObservation(observation))
            }
            site.noteChange()
            switch outcome {
            case .success(let path):
                _ = await site.commit(paths: [path], by: member, .newObservation(title: fields.title ?? ""))
                let name = URL(fileURLWithPath: path).lastPathComponent
                return Response(status: .seeOther, headers: [.location: "/patronen/\(id)?bewaard=\(name)"])
            case .failure(let refusal):
                return try await detail(
                    id: id, page: page, saved: nil, fields: fields, problems: refusal.problems, status: .unprocessableContent)
            }
        }
    }

    /// Coordinators see every count; every other member what the disclosure rule allows.
    static func reader(_ page: PageRenderer) throws -> PatternReader {
        try page.member.isCoordinator ? .coordinator : .protected
    }

    private func coordinatorPage(_ context: WebContext) throws -> PageRenderer {
        let page = try site.page(for: context)
        guard try page.member.isCoordinator else { throw HTTPError(.forbidden) }
        return page
    }

    /// A pattern id from the address, when a run can make it.
    private func id(in context: WebContext) throws -> String {
        guard let id = context.parameters.get("id"), id.count <= 200,
            id.allSatisfy({ $0.isLetter || $0.isNumber || "-=~_".contains($0) })
        else { throw HTTPError(.notFound) }
        return id
    }

    private func detail(
        id: String, page: PageRenderer, saved: String?, fields: ObservationFields?, problems: [String],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let library = try await page.library()
        let member = try page.member
        let strings = page.strings
        let reader = try Self.reader(page)
        let content = try await NIOThreadPool.singleton.runIfActive { () -> DetailContent? in
            let analysis = PatternAnalysis(library: library, audience: .network, reader: reader)
            guard let pattern = analysis.pattern(id: id) else { return nil }
            let detail = try PatternDetailView(pattern: pattern, analysis: analysis, library: library, strings: strings) {
                "/verhalen/\($0.id)"
            }
            let form = member.isCoordinator ? formView(id: id, library: library, strings: strings, fields: fields, problems: problems) : nil
            let savedLine = saved.flatMap { $0.count <= 200 ? $0 : nil }.map { strings.patterns.saved.filled(with: $0) }
            return DetailContent(detail: detail, form: form, saved: savedLine)
        }
        guard let content else { throw HTTPError(.notFound) }
        return page.render(.pattern, title: content.detail.title, section: .patterns, status: status, content)
    }

    private func formView(id: String, library: Library, strings: WebStrings, fields: ObservationFields?, problems: [String]) -> FormView {
        let words = strings.patterns
        let current = library.marks[id]
        let strength = fields?.strength ?? "2"
        let inputs = fields?.interpretationInputs ?? [(nil, nil, nil, nil), (nil, nil, nil, nil)]
        return FormView(
            markAction: "/patronen/\(id)/markering", observationAction: "/patronen/\(id)/duiding#waarneming",
            marks: PatternMark.allCases.map {
                SelectOption(value: $0.rawValue, label: words.markNames[$0.rawValue] ?? $0.rawValue, selected: $0 == current)
            },
            strengths: words.strengthNames.enumerated().map {
                SelectOption(value: String($0.offset + 1), label: $0.element, selected: String($0.offset + 1) == strength)
            },
            title: fields?.title ?? "", text: fields?.text ?? "",
            interpretations: inputs.enumerated().map { index, input in
                InterpretationInput(
                    number: index + 1, legend: words.interpretation.filled(with: index + 1), title: input.0 ?? "", text: input.1 ?? "",
                    questions: input.2 ?? "", idea: input.3 ?? "")
            },
            hasProblems: !problems.isEmpty, problems: problems)
    }
}

/// Why an observation from the form was not saved.
struct ObservationRefusal: Error {
    var problems: [String]
}
