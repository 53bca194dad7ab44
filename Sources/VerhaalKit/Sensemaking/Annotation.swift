/// A researcher's code on a passage of a story, brought back from a QDA tool by `import`:
/// the story's id, the code, and the quoted passage with its place in the text (characters,
/// from 0, as REFI-QDA counts them).
public struct Annotation: Sendable, Equatable {
    public var story: String
    public var code: String
    public var passage: String
    public var start: Int
    public var end: Int

    public init(story: String, code: String, passage: String, start: Int, end: Int) {
        self.story = story
        self.code = code
        self.passage = passage
        self.start = start
        self.end = end
    }
}

/// One file in `Stories/annotaties/`: the annotations one import brought, and where from.
public struct AnnotationFile: Sendable, Equatable {
    /// The file they came from, e.g. `onderzoek.qdpx`.
    public var source: String
    public var annotations: [Annotation]
    /// Its path in the library.
    public var path: String

    public init(source: String, annotations: [Annotation], path: String) {
        self.source = source
        self.annotations = annotations
        self.path = path
    }

    /// The file's text.
    func text() throws -> String {
        let items: [YAMLEmitter.Node] = annotations.map { annotation in
            .map(
                [
                    ("story", .text(annotation.story)), ("code", YAMLValue.scalar(annotation.code)),
                    ("passage", YAMLValue.scalar(annotation.passage)), ("start", .text("\(annotation.start)")),
                    ("end", .text("\(annotation.end)")),
                ], flow: false)
        }
        return "# Codes on passages, from \(source) ('verhaal import'). A story's annotations go when it is withdrawn.\n"
            + (try YAMLEmitter.yaml(
                of: .map([("source", YAMLValue.scalar(source)), ("annotations", .list(items, flow: false))], flow: false)))
    }

    static func notUTF8(_ path: String) -> Diagnostic {
        Diagnostic(
            .error, code: .annotationUnknownStory, file: path, summary: "the annotation file is not UTF-8 text", hint: "save it as UTF-8")
    }

    /// Reads a file; problems name the line and say how the file is laid out.
    static func parse(_ text: String, path: String, storyExists: (String) -> Bool) -> (AnnotationFile?, [Diagnostic]) {
        func problem(_ summary: String, line: Int?, code: DiagnosticCode = .annotationUnknownStory) -> Diagnostic {
            Diagnostic(
                .error, code: code, file: path, line: line, summary: summary,
                hint:
                    "an annotation file holds 'source' and 'annotations' (story, code, passage, start, end); 'verhaal import FILE.qdpx' writes it"
            )
        }
        let root: FrontMatterNode?
        do throws(YAMLShape.Refusal) {
            root = try YAMLShape.guardedCompose(text)
        } catch {
            let (line, _, reason) = error.located()
            return (nil, [problem("the annotation file cannot be read: \(reason)", line: line)])
        }
        guard let root, root.mapping != nil, let items = root["annotations"]?.sequence else {
            return (nil, [problem("the annotation file has no list 'annotations'", line: 1)])
        }
        var annotations: [Annotation] = []
        var problems: [Diagnostic] = []
        for item in items {
            guard let story = item["story"]?.string, let code = item["code"]?.string, let passage = item["passage"]?.string,
                let start = item["start"]?.string.flatMap(Int.init), let end = item["end"]?.string.flatMap(Int.init)
            else {
                problems.append(problem("an annotation needs story, code, passage, start and end", line: item.mark?.line))
                continue
            }
            if !storyExists(story) {
                problems.append(
                    Diagnostic(
                        .warning, code: .annotationUnknownStory, file: path, line: item["story"]?.mark?.line,
                        summary: "the annotated story '\(story)' is not in the library",
                        hint: "remove the annotation, or restore the story"))
            }
            annotations.append(Annotation(story: story, code: code, passage: passage, start: start, end: end))
        }
        return (AnnotationFile(source: root["source"]?.string ?? "", annotations: annotations, path: path), problems)
    }
}
