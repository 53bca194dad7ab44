import Foundation

/// `git` in a test's folder, with an identity of its own so that no global configuration is
/// needed.
public enum TestGit {
    public struct Result {
        public var status: Int32
        public var output: String
    }

    @discardableResult
    public static func run(_ arguments: [String], in folder: URL, identity: String = "Test") throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=\(identity)", "-c", "user.email=\(identity.lowercased())@example.org"] + arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    public static func output(_ arguments: [String], in folder: URL) throws -> String {
        try run(arguments, in: folder).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
