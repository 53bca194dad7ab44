import Foundation

/// The names a user types (story ids, compositions, rounds), read from the folder listing only,
/// so that shell completion answers at once, also in a library of many thousands of stories.
extension LibraryStore {
    /// The ids of the entry files: every `.md` under `Stories/` outside the folders that hold
    /// no entries, by file name.
    public func storyIDs() -> [String] {
        var ids: [String] = []
        // readdir itself: Foundation's enumerator takes a third of a second on 10,000 files.
        func walk(_ path: String, top: Bool) {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }
                var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    var status = stat()
                    isDirectory = stat(path + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
                }
                if isDirectory {
                    if !top || !Self.foldersWithoutEntries.contains(name) { walk(path + "/" + name, top: false) }
                } else if !top && name.hasSuffix(".md") {
                    ids.append(String(name.dropLast(3)))
                }
            }
        }
        walk(storiesURL.path, top: true)
        return ids.sorted()
    }

    /// The compositions: the files of `Stories/verhalen/` and the built-in template.
    public func compositionFileNames() -> [String] {
        Set(names(in: Self.compositionsFolder, ending: ".yaml") + [Composition.defaultName]).sorted()
    }

    /// The rounds: the files of `Stories/rondes/`.
    public func roundFileNames() -> [String] {
        names(in: Self.roundsFolder, ending: ".md")
    }

    private func names(in folder: String, ending suffix: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: storiesURL.appendingPathComponent(folder).path)) ?? []
        return files.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.map { String($0.dropLast(suffix.count)) }.sorted()
    }
}
