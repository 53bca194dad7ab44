import Foundation
import VerhaalKit

/// Opens the user's editor for a story's text, as `git commit` does: `$VISUAL`, then `$EDITOR`,
/// then `vi`. An empty text means "do not add".
enum TextEditor {
    static func edit(title: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("verhaal-\(EntryID.slug(from: title))-\(UUID().uuidString.prefix(8)).md")
        guard FileManager.default.createFile(atPath: file.path, contents: Data()) else {
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
                "the editor '\(editor)' stopped with status \(process.terminationStatus); nothing was added",
                hint: "give the text with --text or --file instead")
        }
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw VerhaalError(
                "the text is empty, so nothing was added",
                hint: "write the story in the editor and save it, or give it with --text or --file")
        }
        return text
    }
}
