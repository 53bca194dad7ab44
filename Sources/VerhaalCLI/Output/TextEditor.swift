import Foundation
import VerhaalKit

/// Opens the user's editor, as `git commit` does: `$VISUAL`, then `$EDITOR`, then `vi`.
enum TextEditor {
    /// A new story's text; an empty text means "do not add".
    static func edit(title: String) throws -> String {
        let text = try edit(Data(), name: EntryID.slug(from: title), purpose: "nothing was added")
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw VerhaalError(
                "the text is empty, so nothing was added",
                hint: "write the story in the editor and save it, or give it with --text or --file")
        }
        return text
    }

    /// `contents` as the user saved it in the editor, from a file named after `name`.
    static func edit(_ contents: Data, name: String, purpose: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("verhaal-\(name)-\(UUID().uuidString.prefix(8)).md")
        guard FileManager.default.createFile(atPath: file.path, contents: contents) else {
            throw VerhaalError("cannot create \(file.path) for the editor", hint: "give the text with --text or --file")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Through the shell, so that an editor with options (`code --wait`) works as in git.
        process.arguments = ["-c", editor + " \"$1\"", "verhaal-editor", file.path]
        do {
            try process.run()
        } catch {
            throw VerhaalError("cannot start the editor '\(editor)'", hint: "set EDITOR, or give the text with --text or --file")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw VerhaalError(
                "the editor '\(editor)' stopped with status \(process.terminationStatus); \(purpose)",
                hint: "give the text with --text or --file instead")
        }
        guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
            throw VerhaalError("what the editor saved is not UTF-8 text; \(purpose)", hint: "save the file as UTF-8")
        }
        return text
    }
}
