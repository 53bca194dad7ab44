import Foundation
import Hummingbird
import VerhaalExport
import VerhaalKit

/// For coordinators: runs `compose` for every composition and offers its exports for download.
/// Exports are made for the download, in memory, from the library as it is now; nothing is
/// written to `Exports/`.
struct ComposePage {
    let site: Site

    func register(on router: Router<WebContext>) {
        router.get("/samenstellen") { _, context in
            let session = try coordinator(context)
            return overview(session: session)
        }
        router.get("/samenstellen/:name/:format") { _, context in
            let session = try coordinator(context)
            guard let name = context.parameters.get("name"), name.count <= WebLimits.maximumIDLength,
                  EntryID.isValid(name), site.store.compositionNames().contains(name),
                  let format = context.parameters.get("format").flatMap(ExportFormat.init(rawValue:))
            else { throw HTTPError(.notFound) }
            return try download(name: name, format: format, session: session)
        }
    }

    private func coordinator(_ context: WebContext) throws -> MemberSession {
        let session = try context.requireSession()
        guard session.member.isCoordinator else { throw HTTPError(.forbidden) }
        return session
    }

    private func overview(session: MemberSession) -> Response {
        let page = PageRenderer(site: site, session: session)
        let strings = page.strings
        let library = site.library()
        let compositions: [[String: Any]] = library.compositionNames.map { name in
            do {
                let result = try ExportPipeline.compose(library, name: name)
                let report = result.report
                let excluded = report.excludedByShare.count
                var item: [String: Any] = [
                    "title": result.narrative.title + " (\(name))",
                    "audience": report.audience.rawValue,
                    "entriesLine": strings.compose.entries.filled(with: report.entriesUsed.count),
                    "outline": report.outline.map { ["depth": $0.depth, "title": $0.title, "count": $0.entries.count] },
                    "hasGaps": !report.emptySections.isEmpty,
                    "gaps": report.emptySections,
                    "downloads": ExportFormat.available.map {
                        ["href": "/samenstellen/\(name)/\($0.rawValue)", "label": "\(name).\($0.fileExtension)"]
                    },
                ]
                if excluded > 0 { item["excludedLine"] = strings.compose.excluded.filled(with: excluded) }
                return item
            } catch {
                return ["title": name, "failure": "\(error)"]
            }
        }
        // One broken file takes nothing from the others: it is named here and left out.
        let broken = Self.brokenFiles(in: library).map { ["file": $0.file, "summary": $0.summary] }
        return page.render(.compose, title: strings.compose.title, section: .compose, [
            "compositions": compositions, "hasBroken": !broken.isEmpty, "broken": broken,
        ])
    }

    private func download(name: String, format: ExportFormat, session: MemberSession) throws -> Response {
        let library = site.library()
        let data: Data
        do {
            data = try ExportPipeline.export(library, name: name, format: format)
        } catch let error as VerhaalError {
            let page = PageRenderer(site: site, session: session)
            let errors = page.strings.errors
            let problems = error.diagnostics.isEmpty ? [error.message] : error.diagnostics.map(\.headline)
            return page.error(.conflict, heading: errors.libraryHasErrors,
                              message: errors.libraryHasErrorsText + " " + problems.joined(separator: "; "))
        }
        var headers = HTTPFields()
        headers[.contentType] = format.mediaType
        headers[.contentDisposition] = "attachment; filename=\"\(name).\(format.fileExtension)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension ComposePage {
    /// The first error of every entry file that has errors; those entries are in no export.
    static func brokenFiles(in library: Library) -> [Diagnostic] {
        var seen = Set<String>()
        let compositions = "\(LibraryStore.storiesFolder)/\(LibraryStore.compositionsFolder)/"
        return library.diagnostics.filter {
            $0.severity == .error && $0.file.hasPrefix(LibraryStore.storiesFolder + "/")
                && !$0.file.hasPrefix(compositions) && seen.insert($0.file).inserted
        }
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
        }
    }
}
