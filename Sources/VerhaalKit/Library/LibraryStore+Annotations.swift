import Foundation

extension LibraryStore {
    /// `Stories/annotaties/`: the codes researchers put on passages.
    public static let annotationsFolder = "annotaties"
    var annotationsURL: URL { storiesURL.appendingPathComponent(Self.annotationsFolder) }

    /// Every annotation file, and the problems of those that cannot be read or that annotate a
    /// story the library does not have.
    public func readAnnotations(storyExists: (String) -> Bool) -> (files: [AnnotationFile], diagnostics: [Diagnostic]) {
        let (files, unreadable) = readTextFiles(in: annotationsURL, ending: ".yaml", notUTF8: AnnotationFile.notUTF8)
        var result: [AnnotationFile] = []
        var diagnostics = unreadable
        for file in files {
            let (parsed, problems) = AnnotationFile.parse(file.text, path: file.path, storyExists: storyExists)
            if let parsed { result.append(parsed) }
            diagnostics += problems
        }
        return (result, diagnostics)
    }

    /// The annotations on one story, in file order.
    public func annotations(of id: String) -> [Annotation] {
        readAnnotations { _ in true }.files.flatMap { $0.annotations.filter { $0.story == id } }
    }

    /// Takes a withdrawn story's annotations out of every file: their passages are its text.
    /// Returns the paths it changed.
    func removeAnnotations(of id: String) throws -> [String] {
        var changed: [String] = []
        for var file in readAnnotations(storyExists: { _ in true }).files where file.annotations.contains(where: { $0.story == id }) {
            file.annotations.removeAll { $0.story == id }
            let url = root.appendingPathComponent(file.path)
            if file.annotations.isEmpty {
                try FileManager.default.removeItem(at: url)
            } else {
                try AtomicFile.write(Data(try file.text().utf8), to: url)
            }
            changed.append(file.path)
        }
        return changed
    }
}
