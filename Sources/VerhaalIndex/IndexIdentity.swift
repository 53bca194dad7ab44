import Foundation
import VerhaalKit

/// What an index must have been made by and for to be used: this format, this build of Verhaal
/// (a new build may parse differently) and this library. Anything else is rebuilt.
struct IndexIdentity {
    var values: [String: String]

    static func current(for store: LibraryStore) -> IndexIdentity {
        IndexIdentity(values: ["format": IndexSchema.format, "build": build, "root": store.root.path])
    }

    /// The running executable's size and modification time: a rebuilt `verhaal` starts a new index.
    static let build: String = {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let stat = FileStat.of("/proc/self/exe") ?? FileStat.of(executable) else { return "unknown" }
        return "\(stat.size)-\(stat.modified)"
    }()

    /// The hash of `verhaal.yaml` (the framework decides how entries parse), or "none".
    static func settingsHash(of store: LibraryStore) -> String {
        guard let data = FileManager.default.contents(atPath: store.settingsURL.path) else { return "none" }
        return String(ContentHash.of(data))
    }
}
