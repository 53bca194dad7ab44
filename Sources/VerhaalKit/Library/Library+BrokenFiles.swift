extension Library {
    /// The first error of every file under `Stories/` (not a composition) that has errors:
    /// those entries are in no export, which names them and goes on (the web's downloads and
    /// `export` alike; `export --strict` refuses instead).
    public var brokenFiles: [Diagnostic] {
        var seen = Set<String>()
        let compositions = "\(LibraryStore.storiesFolder)/\(LibraryStore.compositionsFolder)/"
        return diagnostics.filter {
            $0.severity == .error && $0.file.hasPrefix(LibraryStore.storiesFolder + "/")
                && !$0.file.hasPrefix(compositions) && seen.insert($0.file).inserted
        }
    }
}
