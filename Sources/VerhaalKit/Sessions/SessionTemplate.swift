/// The record `verhaal session new` writes to fill in, in the library's language: the fields
/// with a comment on how to fill each in, and a line for the body.
struct SessionTemplate {
    let participants: String
    let spelvorm: String
    let resonant: String
    let outcomes: String
    let body: String

    static func forLanguage(_ language: String) -> SessionTemplate {
        Language(code: language) == .english
            ? SessionTemplate(
                participants: "names, or a number: participants: 12",
                spelvorm: "the spelvorm played, 1 to 5",
                resonant: "- {story: ID, type: pivot|voice|discovery|other, why: \"…\"}",
                outcomes: "- {type: discovery|learning|idea|concern|dilemma|opportunity|recommendation|other, text: \"…\"}",
                body: "What happened in the session, in your own words. Until it has outcomes or resonant stories, no document shows it.")
            : SessionTemplate(
                participants: "namen, of een aantal: participants: 12",
                spelvorm: "de gespeelde spelvorm, 1 tot en met 5",
                resonant: "- {story: ID, type: pivot|voice|discovery|other, why: \"…\"}",
                outcomes: "- {type: discovery|learning|idea|concern|dilemma|opportunity|recommendation|other, text: \"…\"}",
                body:
                    "Wat er in de sessie gebeurde, in uw eigen woorden. Zolang er geen uitkomsten of verhalen die raakten in staan, "
                    + "neemt geen document de sessie op.")
    }

    /// The whole file; libyaml's emitter quotes the texts given.
    func text(title: String, date: LocalDate, facilitator: String, spelvorm chosen: Int?) throws -> String {
        let fields: YAMLEmitter.Node = .map(
            [("title", .text(title, quoted: true)), ("date", .text("\(date)")), ("facilitator", .text(facilitator, quoted: true))],
            flow: false)
        let given: String
        do {
            given = try YAMLEmitter.yaml(of: fields).trimmingLineBreaks
        } catch {
            throw VerhaalError("cannot write the session record: \(error.problem)")
        }
        return """
            ---
            \(given)
            participants: []          # \(participants)
            \(chosen.map { "spelvorm: \($0)" } ?? "# spelvorm: 1            # \(spelvorm)")
            resonant: []              # \(resonant)
            outcomes: []              # \(outcomes)
            ---

            \(body)

            """
    }
}
