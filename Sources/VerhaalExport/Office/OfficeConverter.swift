import Foundation
import VerhaalKit

/// Has LibreOffice turn an `.odt` or `.odp` Verhaal wrote into a PDF, a `.docx` or a `.pptx`,
/// through its Python-UNO bridge (`OfficeScript`). LibreOffice is optional: without it, this
/// says what to install and the other formats work.
public enum OfficeConverter {
    /// What to install, in the words of every message about a missing piece.
    public static func installHint(_ conversion: OfficeConversion = .textPDF) -> String {
        "install LibreOffice and its Python bridge: sudo apt-get install \(conversion.package) python3-uno "
            + "(the other formats work without them)"
    }

    /// What LibreOffice makes of `document` (an `.odt` or `.odp`, as `conversion` says).
    public static func convert(
        _ document: Data, _ conversion: OfficeConversion, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Data {
        let installHint = installHint(conversion)
        let tools = try findTools(environment: environment, installHint: installHint)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("office_convert.py")
        let source = folder.appendingPathComponent("document." + conversion.sourceExtension)
        let target = folder.appendingPathComponent("document." + conversion.targetExtension)
        try Data(OfficeScript.source.utf8).write(to: script)
        try document.write(to: source)
        let process = Process()
        process.executableURL = tools.python
        process.arguments = [script.path, source.path, target.path, tools.soffice.path, conversion.filter]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let result = try? Data(contentsOf: target), result.starts(with: conversion.signature)
        else {
            let text = String(decoding: message, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " ")
            throw VerhaalError(
                "LibreOffice could not make the .\(conversion.targetExtension): \(text.isEmpty ? "it wrote nothing" : text)",
                hint: installHint)
        }
        return result
    }

    /// Python 3 with the `uno` module, and `soffice`. `VERHAAL_SOFFICE` and `VERHAAL_PYTHON`
    /// name other ones.
    static func findTools(environment: [String: String], installHint: String) throws -> (python: URL, soffice: URL) {
        let paths = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ name: String, explicit: String?) -> URL? {
            if let explicit { return FileManager.default.isExecutableFile(atPath: explicit) ? URL(fileURLWithPath: explicit) : nil }
            return (paths + ["/usr/bin", "/usr/lib/libreoffice/program"]).map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }
        guard let soffice = find("soffice", explicit: environment["VERHAAL_SOFFICE"]) else {
            throw VerhaalError("cannot convert with LibreOffice: soffice is not installed", hint: installHint)
        }
        // Debian's python3-uno belongs to the system's Python, not to a virtual environment.
        guard let python = find("python3", explicit: environment["VERHAAL_PYTHON"] ?? "/usr/bin/python3"),
            hasUNO(python)
        else {
            throw VerhaalError(
                "cannot convert with LibreOffice: Python's bridge to LibreOffice (python3-uno) is not installed", hint: installHint)
        }
        return (python, soffice)
    }

    private static func hasUNO(_ python: URL) -> Bool {
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", "import uno"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
