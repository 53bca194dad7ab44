import Foundation

/// Runs the built `verhaal` executable as a user would, and captures what it prints.
struct VerhaalProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle, where `swift build` puts every product.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("verhaal")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/verhaal")
    }()

    /// Runs `verhaal arguments…` in `directory`, with `input` on standard input.
    @discardableResult
    static func run(
        _ arguments: [String], in directory: URL, input: String? = nil,
        environment: [String: String] = [:], executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "VERHAAL_TELLER")
        env.merge(environment) { $1 }
        process.environment = env
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        FileManager.default.createFile(atPath: inURL.path, contents: Data((input ?? "").utf8))
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inHandle
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try inHandle.close()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

extension VerhaalProcess {
    /// Starts `verhaal arguments…` in `directory` and kills it (SIGKILL) after `delay` seconds
    /// if it is still running; true when it was killed.
    static func runKilled(_ arguments: [String], in directory: URL, after delay: TimeInterval) throws -> Bool {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        var killed = false
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            killed = true
        }
        process.waitUntilExit()
        return killed
    }
}

/// A fresh library made with `verhaal init` in a temporary folder.
struct TemporaryLibrary: ~Copyable {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-cli-\(UUID().uuidString)")
        // Without git: these tests are about the library; GitNetworkTests is about the repository.
        let result = try VerhaalProcess.run(["init", root.path, "--no-git"], in: FileManager.default.temporaryDirectory)
        guard result.status == 0 else { throw InitFailed(message: result.errors) }
    }

    struct InitFailed: Error { var message: String }

    @discardableResult
    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> VerhaalProcess.Result {
        try VerhaalProcess.run(arguments, in: root, input: input, environment: environment)
    }

    /// A copy of the package's sample library (Stories/ and verhaal.yaml), without its exports.
    static func sampleCopy() throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        let manager = FileManager.default
        try manager.removeItem(at: library.url("Stories"))
        try manager.removeItem(at: library.url("verhaal.yaml"))
        try manager.copyItem(at: VerhaalProcess.packageRoot.appendingPathComponent("Stories"), to: library.url("Stories"))
        try manager.copyItem(at: VerhaalProcess.packageRoot.appendingPathComponent("verhaal.yaml"), to: library.url("verhaal.yaml"))
        return library
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func text(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: url(path))
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
