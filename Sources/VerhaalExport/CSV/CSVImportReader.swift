import CSV
import Foundation
import VerhaalKit

/// Reads a CSV into import items, one per row: the mapped columns fill a draft; the values
/// are converted as `add` converts its options (a lesson by number or id, lists at `;`).
/// Problems come back by row and column, all of them, before anything is judged or written.
public struct CSVImportReader {
    public var framework: Framework
    public var mapping: CSVMapping
    /// The teller of rows without one.
    public var teller: String?
    /// The kind of rows without one.
    public var kind: EntryKind?

    public init(framework: Framework, mapping: CSVMapping, teller: String? = nil, kind: EntryKind? = nil) {
        self.framework = framework
        self.mapping = mapping
        self.teller = teller
        self.kind = kind
    }

    /// The rows as items (origin `row N`, counting the header as row 1, as a spreadsheet
    /// does), the problems of rows that could not become drafts, and each field's column name.
    public func read(_ data: Data, file: String) throws -> (items: [ImportItem], problems: [Diagnostic], columns: [String: String]) {
        var bytes = data
        if bytes.starts(with: EntryCSVWriter.byteOrderMark) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw VerhaalError("\(file) is not UTF-8 text", hint: "save it as 'CSV UTF-8' in your spreadsheet program")
        }
        // CSV.swift reads a quote that is never closed as a cell running to the end of the
        // file, without an error: the rows after it would silently become one cell.
        if let line = Self.unclosedQuoteLine(in: text) {
            throw VerhaalError(
                "\(file), line \(line): a quote opens a cell that no quote closes; nothing was imported",
                hint: "close the quote, or write a quote inside a cell as two quotes (\"\"); saving as 'CSV UTF-8' does this")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: Self.delimiter(of: text))
        } catch {
            throw VerhaalError("\(file) is not a CSV file: \(error)", hint: "save it as 'CSV UTF-8' in your spreadsheet program")
        }
        let header = reader.headerRow ?? []
        let columns = try mapping.resolve(header: header, framework: framework, file: file)
        for required in [EntryFields.title] where columns[required] == nil {
            throw VerhaalError(
                "\(file) has no column for the \(required)",
                hint:
                    "name a column '\(required)' or map one: --map \(required)=COLUMN (its columns are: \(header.joined(separator: ", ")))")
        }
        var items: [ImportItem] = []
        var problems: [Diagnostic] = []
        var rowNumber = 1
        while let row = reader.next() {
            rowNumber += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            let cells = Cells(row: row, columns: columns, header: header, file: file, line: rowNumber)
            let (item, rowProblems) = draft(cells)
            problems += rowProblems
            if let item { items.append(item) }
        }
        if let error = reader.error {
            throw VerhaalError("\(file), row \(rowNumber + 1): \(error)", hint: "check that every quote that opens a cell closes it")
        }
        return (items, problems, columns.mapValues { header[$0] })
    }

    /// The line of the last quote that opens a cell no quote closes: in a well-formed CSV every
    /// quote is part of a pair (a quoted cell's two, or a doubled quote inside it).
    static func unclosedQuoteLine(in text: String) -> Int? {
        var line = 1
        var open: Int?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "\"") { open = open == nil ? line : nil }
        }
        return open
    }

    /// `;` when the header has more of them than commas (a Dutch Excel's CSV), else `,`.
    static func delimiter(of text: String) -> UnicodeScalar {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        return firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
    }

    private func draft(_ cells: Cells) -> (ImportItem?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        let kindText = cells[EntryFields.kind]
        let kind: EntryKind
        if let text = kindText, let parsed = Self.kind(text) {
            kind = parsed
        } else if kindText == nil, let defaultKind = self.kind {
            kind = defaultKind
        } else {
            problems.append(
                cells.problem(
                    EntryFields.kind, kindText.map { "'\($0)' is not a kind" } ?? "no kind",
                    hint: "write travel-log, anecdote or quote, or give --kind for rows without one"))
            kind = .anecdote
        }
        guard let tellerText = cells[EntryFields.teller] ?? teller else {
            return (
                nil,
                problems + [
                    cells.problem(EntryFields.teller, "no teller", hint: "fill in the teller, or give --teller for rows without one")
                ]
            )
        }
        var draft = EntryDraft(
            kind: kind, title: cells[EntryFields.title] ?? "",
            dateText: cells[EntryFields.date].map(Self.isoDate) ?? LocalDate.today().description,
            teller: tellerText)
        draft.speaker = cells[EntryFields.speaker]
        draft.role = cells[EntryFields.role]
        draft.source = cells[EntryFields.source]
        draft.visit = cells[EntryFields.visit]
        draft.place = cells[EntryFields.place]
        draft.organizations = cells.list(EntryFields.organizations)
        draft.lessons = cells.list(EntryFields.lessons).map { framework.lesson(matching: $0)?.id ?? $0 }
        draft.perspectives = cells.list(EntryFields.perspectives).map { framework.perspective(matching: $0)?.id ?? $0 }
        draft.tags = cells.list(EntryFields.tags)
        if let share = cells[EntryFields.share] { draft.shareText = share }
        draft.people = cells.list(EntryFields.people)
        for written in cells.list(EntryFields.consent) {
            guard let colon = written.lastIndex(of: ":"),
                let consent = Consent(written: written[written.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            else {
                problems.append(
                    cells.problem(
                        EntryFields.consent, "'\(written)' is not a consent", hint: "write 'Name: public 2024-03-01' or 'Name: network'"))
                continue
            }
            draft.consent[written[..<colon].trimmingCharacters(in: .whitespaces)] = consent
        }
        draft.answers = framework.questions.compactMap { question in
            guard let cell = cells[EntryFields.answer(question.id)] else { return nil }
            let values = question.type == .choices ? cells.list(EntryFields.answer(question.id)) : [cell]
            return QuestionAnswer(question: question.id, values: values)
        }
        draft.body = cells.raw(EntryTable.textColumn)
        guard problems.isEmpty else { return (nil, problems) }
        let id = cells[EntryTable.idColumn]
        return (ImportItem(origin: "row \(cells.line)", draft: draft, id: id), [])
    }

    /// A kind as `add` reads it, in English or Dutch (`reisverslag`, `anekdote`, `citaat`).
    static func kind(_ text: String) -> EntryKind? {
        EntryKind(argumentText: text.trimmingCharacters(in: .whitespaces))
    }

    /// A spreadsheet's `12-6-2019` or `12/06/2019` (day first) as `2019-06-12`; other text as it is.
    static func isoDate(_ text: String) -> String {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else {
            return text
        }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

/// One row's cells by field; an empty cell is no value.
struct Cells {
    var row: [String]
    var columns: [String: Int]
    var header: [String]
    var file: String
    var line: Int

    subscript(field: String) -> String? {
        guard let index = columns[field], index < row.count else { return nil }
        let value = row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// The cell as it is, spaces and all (the text keeps its indentation), without its
    /// surrounding line breaks.
    func raw(_ field: String) -> String {
        guard let index = columns[field], index < row.count else { return "" }
        return row[index].trimmingCharacters(in: .newlines)
    }

    func list(_ field: String) -> [String] { self[field].map(EntryTable.list) ?? [] }

    /// The column a field came from, for messages.
    func column(of field: String) -> String { columns[field].map { header[$0] } ?? field }

    func problem(_ field: String, _ summary: String, hint: String) -> Diagnostic {
        Diagnostic(.error, code: .importInvalidCell, file: file, line: line, field: column(of: field), summary: summary, hint: hint)
    }
}
