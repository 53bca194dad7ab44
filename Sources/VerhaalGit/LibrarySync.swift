import Foundation
import VerhaalKit

/// What a sync brought in and sent out.
public struct SyncReport: Sendable, Equatable, Encodable {
    public struct Rename: Sendable, Equatable, Encodable {
        public var from: String
        public var to: String
    }

    /// Commits that arrived from the other sites.
    public var arrived = 0
    /// The ids of the stories that arrived.
    public var newStories: [String] = []
    /// Who made the commits that arrived.
    public var authors: [String] = []
    /// Commits of this site that left.
    public var sent = 0
    /// Stories of another site renamed because this site had a different story under the id.
    public var renamed: [Rename] = []
}

extension LibraryRepository {
    /// Fetches `remote`, rebases this site's commits onto what arrived and pushes them. A story
    /// that another site added under an id this site gave another story is renamed first (on
    /// top of what arrived, with every reference to it), so that both stay. A file changed on
    /// both sides stops the sync with the repository as it was (the rebase aborted), and the
    /// error names the file and both authors.
    public func sync(remote: String = "origin", language: Language) async throws -> SyncReport {
        // In the line of this process's commits: a rebase never runs under a commit.
        try await CommitLine.shared.run { try await syncNow(remote: remote, language: language) }
    }

    private func syncNow(remote: String, language: Language) async throws -> SyncReport {
        try await abortInterruptedRebase()
        let dirty = try await git.require(["status", "--porcelain", "--untracked-files=no"], doing: "read the work tree's state")
        guard dirty.isEmpty else {
            throw VerhaalError(
                "the library has changes that are not committed, so it cannot sync",
                hint: "commit them ('git commit -a') or set them aside ('git stash'), then sync again")
        }
        let branch = try await git.require(["rev-parse", "--abbrev-ref", "HEAD"], doing: "find the branch")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try await git.require(["fetch", "--quiet", remote], doing: "fetch from '\(remote)'")
        let upstream = "\(remote)/\(branch)"
        var report = SyncReport()
        guard try await git.run(["rev-parse", "--verify", "--quiet", upstream]).succeeded else {
            report.sent = try await count("HEAD")
            try await git.require(["push", "--quiet", "--set-upstream", remote, "HEAD:\(branch)"], doing: "push to '\(remote)'")
            return report
        }
        let incoming = try await lines(["rev-list", "HEAD..\(upstream)"])
        report.arrived = incoming.count
        report.authors = Array(Set(try await lines(["log", "--format=%an", "HEAD..\(upstream)"]))).sorted()
        report.newStories = try await addedStories(from: "HEAD", to: upstream).map(\.id)
        var base = upstream
        let collisions = try await collidingStories(upstream: upstream)
        if !collisions.isEmpty {
            (base, report.renamed) = try await rename(collisions, on: upstream, language: language)
        }
        report.sent = try await count("\(base)..HEAD")
        let rebase = try await git.run(["rebase", "--quiet", base])
        if !rebase.succeeded {
            let files = try await lines(["diff", "--name-only", "--diff-filter=U"])
            _ = try? await git.run(["rebase", "--abort"])
            var described: [String] = []
            for file in files {
                let ours = try await lines(["log", "-1", "--format=%an", "ORIG_HEAD", "--", file]).first ?? "?"
                let theirs = try await lines(["log", "-1", "--format=%an", base, "--", file]).first ?? "?"
                described.append("\(file) (here by \(ours), there by \(theirs))")
            }
            throw VerhaalError(
                "the sync stopped: a file was changed on both sides: "
                    + (described.isEmpty ? rebase.problem : described.joined(separator: "; "))
                    + ". Nothing was changed here",
                hint:
                    "agree on one version with the other author: 'git pull --rebase', edit the file, 'git add' it, 'git rebase --continue', then 'verhaal sync'"
            )
        }
        if report.sent > 0 || !report.renamed.isEmpty {
            try await git.require(["push", "--quiet", remote, "HEAD:\(branch)"], doing: "push to '\(remote)'")
        }
        return report
    }

    /// A sync stops every rebase it starts (done or aborted): one still going was interrupted
    /// (the process was stopped), and is undone before anything else.
    func abortInterruptedRebase() async throws {
        for name in ["rebase-merge", "rebase-apply"] {
            let path = try await git.require(["rev-parse", "--git-path", name], doing: "find git's folder")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : store.root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) {
                try await git.require(["rebase", "--abort"], doing: "undo an interrupted sync")
                return
            }
        }
    }

    private func lines(_ arguments: [String]) async throws -> [String] {
        try await git.require(arguments, doing: "read the history").split(separator: "\n").map(String.init)
    }

    private func count(_ range: String) async throws -> Int {
        Int(try await git.require(["rev-list", "--count", range], doing: "count commits").trimmingCharacters(in: .whitespacesAndNewlines))
            ?? 0
    }

    /// The story files added between the merge base of `from` and `to`, and `to`.
    private func addedStories(from: String, to: String) async throws -> [(id: String, path: String)] {
        let folders = EntryKind.allCases.map { "\(LibraryStore.storiesFolder)/\($0.folder)/" }
        return try await lines(["diff", "--name-only", "--diff-filter=A", "\(from)...\(to)", "--", LibraryStore.storiesFolder])
            .filter { path in path.hasSuffix(".md") && folders.contains { path.hasPrefix($0) } }
            .map { (URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent, $0) }
    }

    /// Stories both sides added under one id, as different files: (their path, the id).
    private func collidingStories(upstream: String) async throws -> [(path: String, id: String)] {
        let theirs = try await addedStories(from: "HEAD", to: upstream)
        let ours = Dictionary(try await addedStories(from: upstream, to: "HEAD").map { ($0.id, $0.path) }) { first, _ in first }
        var collisions: [(String, String)] = []
        for (id, path) in theirs {
            guard let mine = ours[id] else { continue }
            let theirBlob = try await git.run(["rev-parse", "\(upstream):\(path)"]).output
            let myBlob = try await git.run(["rev-parse", "HEAD:\(mine)"]).output
            if theirBlob != myBlob { collisions.append((path, id)) }
        }
        return collisions
    }

    /// Renames the other site's stories on top of `upstream`, in a worktree of its own, with
    /// every reference to them; the commit to rebase onto, and the renames.
    private func rename(
        _ collisions: [(path: String, id: String)], on upstream: String, language: Language
    ) async throws -> (String, [SyncReport.Rename]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-sync-\(UUID().uuidString)")
        try await git.require(["worktree", "add", "--quiet", "--detach", folder.path, upstream], doing: "prepare the rename")
        do {
            let result = try await renameInWorktree(collisions, at: folder, upstream: upstream, language: language)
            _ = try? await git.run(["worktree", "remove", "--force", folder.path])
            return result
        } catch {
            _ = try? await git.run(["worktree", "remove", "--force", folder.path])
            throw error
        }
    }

    private func renameInWorktree(
        _ collisions: [(path: String, id: String)], at folder: URL, upstream: String, language: Language
    ) async throws -> (String, [SyncReport.Rename]) {
        let other = LibraryRepository(store: LibraryStore(root: folder))
        var taken = Set(try await lines(["ls-tree", "-r", "--name-only", "HEAD", "--", LibraryStore.storiesFolder]))
            .union(try await lines(["ls-tree", "-r", "--name-only", upstream, "--", LibraryStore.storiesFolder]))
            .map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        var renames: [SyncReport.Rename] = []
        for (path, id) in collisions {
            var number = 2
            while Set(taken).contains("\(id)-\(number)") { number += 1 }
            let newID = "\(id)-\(number)"
            taken.append(newID)
            let newPath = (path as NSString).deletingLastPathComponent + "/\(newID).md"
            try await other.git.require(["mv", path, newPath], doing: "rename \(path)")
            try ReferenceRenaming.rename(id, to: newID, in: folder)
            try await other.git.require(["add", "--all", "--", LibraryStore.storiesFolder], doing: "stage the rename")
            try await other.git.require(
                ["commit", "--quiet", "-m", CommitMessage.renamedStory(from: id, to: newID).text(in: language)],
                environment: try await ownIdentity(), doing: "commit the rename")
            renames.append(.init(from: id, to: newID))
        }
        let commit = try await other.git.require(["rev-parse", "HEAD"], doing: "find the rename").trimmingCharacters(
            in: .whitespacesAndNewlines)
        return (commit, renames)
    }
}
