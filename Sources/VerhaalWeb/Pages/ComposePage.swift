import Foundation
import Hummingbird
import NIOPosix
import VerhaalExport
import VerhaalKit

/// For coordinators: runs `compose` for every composition and offers its exports for download.
/// Exports are made for the download, in memory, from the library as it is now; nothing is
/// written to `Exports/`.
struct ComposePage {
    let site: Site

    struct Content: Encodable, Sendable {
        struct OutlineItem: Encodable, Sendable {
            var depth: Int
            var title: String
            var count: Int
        }
        struct Download: Encodable, Sendable {
            var href: String
            var label: String
            /// What the file is for, where its name does not say.
            var note: String? = nil
        }
        struct Composition: Encodable, Sendable {
            var title: String
            var failure: String?
            var audience: String?
            var entriesLine: String?
            var excludedLine: String?
            var outline: [OutlineItem]
            var hasGaps: Bool
            var gaps: [String]
            var downloads: [Download]
        }
        struct BrokenFile: Encodable, Sendable {
            var file: String
            var summary: String
        }

        var compositions: [Composition]
        var hasBroken: Bool
        var broken: [BrokenFile]
    }

    func register(on router: Router<WebContext>) {
        router.get("/samenstellen") { _, context in
            try await overview(page: coordinatorPage(context))
        }
        router.get("/samenstellen/:name/manifest") { _, context in
            let page = try coordinatorPage(context)
            guard let name = context.parameters.get("name"), name.count <= WebLimits.maximumIDLength, EntryID.isValid(name),
                site.store.compositionNames().contains(name)
            else { throw HTTPError(.notFound) }
            return try await manifest(name: name, page: page)
        }
        router.get("/samenstellen/:name/onderzoek/:format") { _, context in
            let page = try coordinatorPage(context)
            guard let name = context.parameters.get("name"), name.count <= WebLimits.maximumIDLength, EntryID.isValid(name),
                site.store.compositionNames().contains(name),
                let format = context.parameters.get("format").flatMap(ExportPipeline.ResearchFormat.init(rawValue:))
            else { throw HTTPError(.notFound) }
            return try await researchFile(name: name, format: format, page: page)
        }
        router.get("/samenstellen/:name/:format") { _, context in
            let page = try coordinatorPage(context)
            guard let name = context.parameters.get("name"), name.count <= WebLimits.maximumIDLength,
                EntryID.isValid(name), site.store.compositionNames().contains(name),
                let format = context.parameters.get("format").flatMap(ExportFormat.init(rawValue:)),
                // The PDF needs LibreOffice for seconds per request: the CLI makes it.
                ExportFormat.available.contains(format)
            else { throw HTTPError(.notFound) }
            return try await download(name: name, format: format, page: page)
        }
    }

    private func coordinatorPage(_ context: WebContext) throws -> PageRenderer {
        let page = try site.page(for: context)
        guard try page.member.isCoordinator else { throw HTTPError(.forbidden) }
        return page
    }

    private func overview(page: PageRenderer) async throws -> Response {
        let strings = page.strings
        let library = try await page.libraryWithBodies()
        let compositions = library.compositionNames.map { name -> Content.Composition in
            do {
                let result = try ExportPipeline.compose(library, name: name)
                let report = result.report
                let excluded = report.excludedByShare.count
                return Content.Composition(
                    title: result.narrative.title + " (\(name))",
                    audience: strings.shareNames[report.audience.rawValue] ?? report.audience.rawValue,
                    entriesLine: report.entriesUsed.count == 1
                        ? strings.compose.entry : strings.compose.entries.filled(with: report.entriesUsed.count),
                    excludedLine: excluded == 0
                        ? nil : excluded == 1 ? strings.compose.excludedOne : strings.compose.excluded.filled(with: excluded),
                    outline: report.outline.map { .init(depth: $0.depth, title: $0.title, count: $0.entries.count) },
                    hasGaps: !report.emptySections.isEmpty,
                    gaps: report.emptySections,
                    downloads: ExportFormat.available.map {
                        .init(href: "/samenstellen/\(name)/\($0.rawValue)", label: "\(name).\($0.fileExtension)")
                    } + [.init(href: "/samenstellen/\(name)/manifest", label: "\(name).manifest.json")]
                        + ExportPipeline.ResearchFormat.allCases.map {
                            .init(
                                href: "/samenstellen/\(name)/onderzoek/\($0.rawValue)", label: "\(name).\($0.rawValue)",
                                note: $0 == .qdpx ? strings.compose.forResearchers : strings.compose.forSpreadsheets)
                        })
            } catch {
                return Content.Composition(title: name, failure: "\(error)", outline: [], hasGaps: false, gaps: [], downloads: [])
            }
        }
        // One broken file takes nothing from the others: it is named here and left out.
        let messages = FormMessages(language: strings.lang)
        let broken = library.brokenFiles.map { Content.BrokenFile(file: $0.file, summary: messages.fileProblem($0)) }
        return page.render(
            .compose, title: strings.compose.title, section: .compose,
            Content(
                compositions: compositions, hasBroken: !broken.isEmpty, broken: broken))
    }

    /// Who is in the document, and on what basis: what `export` writes beside it.
    private func manifest(name: String, page: PageRenderer) async throws -> Response {
        try await attachment("\(name).manifest.json", type: "application/json", page: page) { library in
            try DocumentManifestJSON.data(ExportPipeline.compose(library, name: name).manifest)
        }
    }

    /// The composition's stories for researchers (`.qdpx`) or a spreadsheet (`.csv`), under
    /// its audience's rules.
    private func researchFile(name: String, format: ExportPipeline.ResearchFormat, page: PageRenderer) async throws -> Response {
        try await attachment("\(name).\(format.rawValue)", type: format.mediaType, page: page) { library in
            try ExportPipeline.researchFile(library, name: name, format: format)
        }
    }

    private func download(name: String, format: ExportFormat, page: PageRenderer) async throws -> Response {
        try await attachment("\(name).\(format.fileExtension)", type: format.mediaType, page: page) { library in
            try ExportPipeline.export(library, name: name, format: format)
        }
    }

    /// A download made on the thread pool from the library as it is now, never cached; a
    /// library with errors gets the page that names them.
    private func attachment(
        _ fileName: String, type: String, page: PageRenderer, making: @escaping @Sendable (Library) throws -> Data
    ) async throws -> Response {
        let library = try await page.libraryWithBodies()
        let data: Data
        do {
            data = try await NIOThreadPool.singleton.runIfActive { try making(library) }
        } catch let error as VerhaalError {
            let errors = page.strings.errors
            let messages = FormMessages(language: page.strings.lang)
            let problems =
                error.diagnostics.isEmpty
                ? [messages.notWritten(error)] : error.diagnostics.map { "\($0.file): \(messages.fileProblem($0))" }
            return page.error(
                .conflict, heading: errors.libraryHasErrors,
                message: errors.libraryHasErrorsText + " " + problems.joined(separator: "; "))
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension ExportFormat {
    /// The media type a browser gets for a download.
    var mediaType: String {
        switch self {
        case .docbook: "application/docbook+xml"
        case .fodt: "application/vnd.oasis.opendocument.text-flat-xml"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .fodp: "application/vnd.oasis.opendocument.presentation-flat-xml"
        case .odp: "application/vnd.oasis.opendocument.presentation"
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        }
    }
}
