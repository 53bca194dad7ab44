import Foundation

extension LibraryStore {
    /// One file of a folder that holds no entries (observations, sessions, rounds, withdrawals).
    struct TextFile {
        /// The file name without its ending.
        var name: String
        /// The path relative to the library root.
        var path: String
        var text: String
    }

    /// Every file of `folder` ending in `ending` (no hidden ones), by name, read as entries are: no pipe, no
    /// link out of the library, nothing over the limit; a file that is not UTF-8 gets
    /// `notUTF8(path)`.
    func readTextFiles(
        in folder: URL, ending: String = ".md", notUTF8: (String) -> Diagnostic
    ) -> (files: [TextFile], diagnostics: [Diagnostic]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(ending) && !$0.hasPrefix(".") }
            .sorted()
        var files: [TextFile] = []
        var diagnostics: [Diagnostic] = []
        for file in names {
            let url = folder.appendingPathComponent(file)
            let path = relativePath(of: url)
            switch EntryFileReader.read(url, path: path, root: root) {
            case .problem(let problem):
                diagnostics.append(problem)
            case .data(let data):
                guard let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(notUTF8(path))
                    continue
                }
                files.append(TextFile(name: String(file.dropLast(ending.count)), path: path, text: text))
            }
        }
        return (files, diagnostics)
    }
}
