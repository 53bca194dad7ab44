import Foundation
import VerhaalKit

/// A story library that is a git work tree: made with `init`, every change committed by the
/// member who made it, only the paths that change wrote. What is never committed:
/// `.verhaal/` (the index, members and their sign-in sessions).
public struct LibraryRepository: Sendable {
    public let git: Git
    public let store: LibraryStore

    public init(store: LibraryStore) {
        self.store = store
        git = Git(root: store.root)
    }

    /// The lines of `.gitignore` Verhaal needs.
    public static let ignoredLines = ["/.verhaal/"]

    /// Makes the library a repository: `git init`, a `.gitignore` that keeps `.verhaal/` out,
    /// and a first commit of what is there.
    public func initialize(language: Language) async throws {
        try await git.require(["init", "--quiet"], doing: "make a repository")
        let ignore = store.root.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: ignore, encoding: .utf8)) ?? ""
        let missing = Self.ignoredLines.filter { !existing.components(separatedBy: "\n").contains($0) }
        if !missing.isEmpty {
            let text =
                existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n")
                + "# Verhaal's own folder: the index, the members and their sign-in sessions. Never committed.\n"
                + missing.joined(separator: "\n") + "\n"
            try AtomicFile.write(Data(text.utf8), to: ignore)
        }
        // git keeps no empty folder: a clone gets the library's folders through a `.gitkeep`.
        let manager = FileManager.default
        let folders = (try? manager.contentsOfDirectory(atPath: store.storiesURL.path)) ?? []
        for name in folders {
            let folder = store.storiesURL.appendingPathComponent(name).standardizedFileURL
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
                (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
            else { continue }
            try AtomicFile.write(Data(), to: folder.appendingPathComponent(".gitkeep"))
        }
        try await git.require(["add", "--all"], doing: "add the library's files")
        try await git.require(
            ["commit", "--quiet", "--allow-empty", "-m", CommitMessage.newLibrary.text(in: language)], environment: try await ownIdentity(),
            doing: "make the first commit")
    }

    /// Whether the library is a git work tree.
    public func isRepository() async -> Bool { await git.isWorkTree() }

    /// git's own identity (its variables, then its configuration) signs a commit without a
    /// member: no variables to add. Where git has none, "Verhaal" signs.
    func ownIdentity() async throws -> [String: String] {
        if ProcessInfo.processInfo.environment["GIT_AUTHOR_NAME"] != nil { return [:] }
        return try await configuredAuthor() == nil ? CommitAuthor(name: "Verhaal").environment : [:]
    }

    /// The author git is configured with, if any.
    func configuredAuthor() async throws -> CommitAuthor? {
        let name = try await git.run(["config", "user.name"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let email = try await git.run(["config", "user.email"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : CommitAuthor(name: name, email: email.isEmpty ? nil : email)
    }

    /// Commits exactly `paths` (added, changed or removed), by `author` (git's configured one
    /// when nil). Commits of one process go one at a time; git's own lock keeps processes apart,
    /// and a commit that finds it taken tries again.
    public func commit(paths: [String], message: String, author: CommitAuthor?) async throws {
        try await CommitLine.shared.run {
            // Without a member, git's own identity (its variables, then its configuration) signs;
            // where it has none, "Verhaal" does.
            var environment = author?.environment ?? [:]
            if author == nil { environment = try await ownIdentity() }
            try await git.require(["add", "--all", "--"] + paths, doing: "stage \(paths.joined(separator: ", "))")
            let result = try await git.run(["commit", "--quiet", "-m", message, "--"] + paths, environment: environment)
            if result.succeeded { return }
            // Already committed (nothing of these paths differs from HEAD): done.
            if let left = try? await git.run(["status", "--porcelain", "--"] + paths), left.succeeded, left.output.isEmpty { return }
            throw VerhaalError(
                "the change is saved, but git did not commit it: \(result.problem)",
                hint: "commit it by hand ('git commit -- \(paths.joined(separator: " "))'), or ask the coordinator")
        }
    }

    /// Commits what a stopped server left written but not committed under `Stories/` (a
    /// process killed between writing a story and committing it), so that the library can sync
    /// again; returns the paths. The author is "Verhaal": the member is not known any more.
    @discardableResult
    public func commitLeftovers(language: Language) async throws -> [String] {
        try await CommitLine.shared.run {
            try await abortInterruptedRebase()
            let changed = try await git.require(
                ["status", "--porcelain", "--untracked-files=all", "--", LibraryStore.storiesFolder], doing: "read the work tree's state")
            let paths = changed.split(separator: "\n").map { line in
                let path = String(line.dropFirst(3))
                return path.components(separatedBy: " -> ").last ?? path
            }
            guard !paths.isEmpty else { return [] }
            try await git.require(["add", "--all", "--", LibraryStore.storiesFolder], doing: "stage what was left")
            let message = language == .dutch ? "Vastgelegd na een onderbreking" : "Committed after an interruption"
            try await git.require(
                ["commit", "--quiet", "-m", message, "--", LibraryStore.storiesFolder],
                environment: CommitAuthor(name: "Verhaal").environment,
                doing: "commit what was left")
            return paths
        }
    }

    /// Whether the members' file, with its sign-in secrets, is in git's index.
    public func membersFileIsTracked() async -> Bool {
        (try? await git.run(["ls-files", "--error-unmatch", "--", ".verhaal/members.json"]).succeeded) ?? false
    }
}

/// Commits of one process, one at a time: an actor alone would let a second commit start while
/// the first waits for git, so the line hands its turn on explicitly.
actor CommitLine {
    static let shared = CommitLine()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<Value: Sendable>(_ work: @Sendable () async throws -> Value) async throws -> Value {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer {
            if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
        }
        return try await work()
    }
}
