import Foundation
import Testing

@testable import VerhaalKit

@Suite struct FrontMatterEditorTests {
    let original = """
        # comment kept
        kind: anecdote
        title: Oud
        tags:
          - een
          - twee
        custom: {a: 1, b: [x, y]}
        date: 2019-01-01
        zzz: laatste

        """

    @Test func replacesOnlyTheEditedLines() throws {
        var editor = FrontMatterEditor(yaml: original, lineEnding: "\n")
        try editor.set("tags", list: ["een", "drie"])
        try editor.set("title", text: "Nieuw: met dubbele punt")
        let yaml = try editor.verified(against: original)
        #expect(
            yaml == """
                # comment kept
                kind: anecdote
                title: 'Nieuw: met dubbele punt'
                tags: [een, drie]
                custom: {a: 1, b: [x, y]}
                date: 2019-01-01
                zzz: laatste

                """)
    }

    @Test func appendsNewKeysAndRemovesEmptyLists() throws {
        var editor = FrontMatterEditor(yaml: original, lineEnding: "\n")
        try editor.set("tags", list: [])
        try editor.set("share", text: "public")
        let yaml = try editor.verified(against: original)
        #expect(!yaml.contains("tags"))
        #expect(yaml.hasSuffix("zzz: laatste\nshare: public\n"))
    }

    @Test func quotesTextsYAMLWouldReadAsOtherTypes() throws {
        var editor = FrontMatterEditor(yaml: "title: A\n", lineEnding: "\n")
        try editor.set("title", text: "null")
        try editor.set("tags", list: ["yes", "12", "gewoon"])
        #expect(try editor.verified(against: "title: A\n") == "title: 'null'\ntags: ['yes', '12', gewoon]\n")
    }

    @Test func keepsCRLFLineEndings() throws {
        let yaml = "title: A\r\ntags: [x]\r\n"
        var editor = FrontMatterEditor(yaml: yaml, lineEnding: "\r\n")
        try editor.set("tags", list: ["x", "y"])
        #expect(try editor.verified(against: yaml) == "title: A\r\ntags: [x, y]\r\n")
    }
}
