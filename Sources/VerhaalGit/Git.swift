import Foundation
import Subprocess
import SystemPackage
import VerhaalKit

/// Runs the real `git` in a library's folder, through swift-subprocess: the arguments as an
/// array, never a shell, so no title or name can become a command.
public struct Git: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// What a git command printed, and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
        public var succeeded: Bool { status == 0 }
        /// The first line of what git said went wrong.
        public var problem: String {
            let said = errors.isEmpty ? output : errors
            return said.split(separator: "\n").first { !$0.hasPrefix("hint:") }.map(String.init) ?? "git stopped with status \(status)"
        }
    }

    /// Runs `git ARGUMENTS` with `environment` added to this process's. While another git
    /// holds the repository's lock (`index.lock`), it waits for it, up to five seconds.
    @discardableResult
    public func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Output {
        var result = try await runOnce(arguments, environment: environment)
        for _ in 0..<100 where !result.succeeded && result.errors.contains("index.lock") {
            try await Task.sleep(for: .milliseconds(50))
            result = try await runOnce(arguments, environment: environment)
        }
        return result
    }

    private func runOnce(_ arguments: [String], environment: [String: String]) async throws -> Output {
        var added: [Environment.Key: String?] = ["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"]
        for (key, value) in environment { added[Environment.Key(stringLiteral: key)] = value }
        let result: ExecutionResult<Void, StringOutput<UTF8>, StringOutput<UTF8>>
        do {
            result = try await Subprocess.run(
                .name("git"), arguments: Arguments(arguments), environment: .inherit.updating(added),
                workingDirectory: FilePath(root.path), output: .string(limit: 64 << 20), error: .string(limit: 1 << 20))
        } catch {
            throw VerhaalError(
                "git could not be started: \(error)", hint: "install git (apt-get install git) and make sure it is on the PATH")
        }
        let status: Int32 =
            switch result.terminationStatus {
            case .exited(let code): Int32(code)
            default: -1
            }
        return Output(status: status, output: result.standardOutput ?? "", errors: result.standardError ?? "")
    }

    /// Runs `git ARGUMENTS` and throws what git said when it fails.
    @discardableResult
    public func require(_ arguments: [String], environment: [String: String] = [:], doing: String) async throws -> String {
        let result = try await run(arguments, environment: environment)
        guard result.succeeded else { throw VerhaalError("git could not \(doing): \(result.problem)", hint: nil) }
        return result.output
    }

    /// Whether `git` can be run here at all.
    public static func isInstalled() async -> Bool {
        (try? await Git(root: URL(fileURLWithPath: "/")).run(["--version"]).succeeded) ?? false
    }

    /// Whether the library's folder is the top of a git work tree.
    public func isWorkTree() async -> Bool {
        guard let result = try? await run(["rev-parse", "--show-toplevel"]), result.succeeded else { return false }
        let top = URL(fileURLWithPath: result.output.trimmingCharacters(in: .newlines)).resolvingSymlinksInPath().path
        return top == root.resolvingSymlinksInPath().path
    }
}
