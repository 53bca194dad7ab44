import Foundation

/// The one rule for pictures in stories, shared by `check`, the composer and the writers: a
/// story shows a picture from `Stories/beeld/` (PNG, JPEG or SVG, at most 5 MB), named relative
/// to the story's file, e.g. `![De proeftuin in Ruwaard](../beeld/proeftuin.jpg)`. A picture on
/// the web stays a link: an export never fetches anything a story names.
public enum StoryImages {
    /// Where a library keeps its pictures.
    public static let folder = "Stories/beeld"
    public static let maximumBytes = 5 * 1024 * 1024
    static let mediaTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml"]

    /// Why a picture cannot be shown.
    public enum Problem: Error, Equatable {
        case onTheWeb
        case outsideFolder(String)
        case unsupported(String)
        case missing(String)
        case tooLarge(String, Int)
    }

    /// The library path of the picture `source` names in the story at `storyPath`; no file is
    /// read.
    public static func resolve(_ source: String, storyPath: String) -> Result<String, Problem> {
        let source = source.removingPercentEncoding ?? source
        if source.contains(":") || source.hasPrefix("//") { return .failure(.onTheWeb) }
        var parts = source.hasPrefix("/") ? [] : storyPath.split(separator: "/").dropLast().map(String.init)
        for part in source.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return .failure(.outsideFolder(source)) }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        let path = parts.joined(separator: "/")
        guard path.hasPrefix(folder + "/"), parts.count == 3 else { return .failure(.outsideFolder(path)) }
        let suffix = (path as NSString).pathExtension.lowercased()
        guard mediaTypes[suffix] != nil else { return .failure(.unsupported(path)) }
        return .success(path)
    }

    /// The picture itself, read from the library at `root`.
    public static func load(_ source: String, storyPath: String, root: URL) -> Result<ImageAsset, Problem> {
        resolve(source, storyPath: storyPath).flatMap { path in
            let url = root.appendingPathComponent(path)
            var info = stat()
            guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.missing(path)) }
            guard Int(info.st_size) <= maximumBytes else { return .failure(.tooLarge(path, Int(info.st_size))) }
            guard let data = FileManager.default.contents(atPath: url.path) else { return .failure(.missing(path)) }
            return .success(ImageAsset(path: path, data: data, mediaType: mediaTypes[(path as NSString).pathExtension.lowercased()]!))
        }
    }

    /// What `check` says about the pictures of one story.
    public static func diagnostics(path: String, body: String, root: URL) -> [Diagnostic] {
        let sources = Markdown.imageSources(in: body)
        guard !sources.isEmpty else { return [] }
        var bodyStart: Int?
        return sources.compactMap { source, line in
            guard case .failure(let problem) = load(source, storyPath: path, root: root) else { return nil }
            if bodyStart == nil { bodyStart = firstBodyLine(of: root.appendingPathComponent(path)) }
            let fileLine = (bodyStart ?? 1) + line - 1
            switch problem {
            case .onTheWeb:
                return Diagnostic(
                    .warning, code: .imageOnTheWeb, file: path, line: fileLine,
                    summary: "the picture '\(source)' is on the web: exports show it as a link, not as a picture",
                    hint: "to show it, save it in \(folder)/ and write ![…](../beeld/NAME)")
            case .outsideFolder(let resolved):
                return Diagnostic(
                    .error, code: .imageOutsideLibrary, file: path, line: fileLine,
                    summary: "the picture '\(source)' is not in \(folder)/ (it points to \(resolved))",
                    hint: "move it to \(folder)/ and write ![…](../beeld/NAME)")
            case .unsupported(let resolved):
                return Diagnostic(
                    .error, code: .imageUnsupported, file: path, line: fileLine,
                    summary: "'\(resolved)' is not a PNG, JPEG or SVG picture",
                    hint: "save it as .png, .jpg or .svg")
            case .missing(let resolved):
                return Diagnostic(
                    .error, code: .imageMissing, file: path, line: fileLine,
                    summary: "the picture '\(resolved)' does not exist",
                    hint: "add the file to \(folder)/, or correct the name in the story")
            case .tooLarge(let resolved, let bytes):
                return Diagnostic(
                    .error, code: .imageTooLarge, file: path, line: fileLine,
                    summary: "the picture '\(resolved)' has \(bytes / 1_048_576) MB; at most 5 MB goes into a document",
                    hint: "save it smaller (for instance 2000 pixels wide, as JPEG)")
            }
        }
    }

    /// The file's line where the body starts: after the front matter's closing `---`.
    private static func firstBodyLine(of url: URL) -> Int? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var fences = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces) == "---" {
                fences += 1
                if fences == 2 { return index + 2 }
            }
        }
        return nil
    }
}
