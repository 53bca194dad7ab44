import Foundation
import Testing

/// Story questions through the command line: every check rule, round trips of every answer
/// type, "not applicable" staying absent, and English.
@Suite struct QuestionTests {
    static let header = "---\nkind: anecdote\ntitle: T\ndate: 2019-06-12\nteller: P\nlessons: [delen]\n"

    /// A framework with every type of question, for the round trips.
    static let framework = """
        framework:
          lessons:
            - {id: delen, number: 1, title: Delen, summary: S, spelvorm: Sp}
          perspectives:
            - {id: netwerk, title: Netwerk, summary: S, questions: [Q]}
          questions:
            - {id: schaal, type: scale, prompt: Hoe ver?, left: dichtbij, right: ver}
            - {id: keuze, type: choice, prompt: Welke?, options: [{id: a, title: Optie A}, {id: b, title: Optie B}]}
            - {id: keuzes, type: choices, maximum: 2, prompt: Welke allemaal?, options: [{id: x, title: X}, {id: y, title: Y}, {id: z, title: Z}]}
            - {id: janee, type: yesno, prompt: Klopt het?}
            - {id: tekst, type: text, prompt: In een paar woorden?}
            - {id: wie, type: choice, about: teller, prompt: Wie ben je?, options: [{id: bestuurder, title: Bestuurder}]}

        """

    @Test(arguments: [
        ("answers: [72]", "error: 'answers' must be a map of question ids and answers [V080]"),
        ("answers: {gevoell: hoopvol}", "error: unknown question 'gevoell' [V081]"),
        ("answers: {gevoel: hopvol}", "error: 'hopvol' is not an option of 'gevoel' [V082]"),
        ("answers: {pendule: hoog}", "error: the answer to 'pendule' must be a whole number from 0 to 100 [V083]"),
        ("answers: {gevoel: [hoopvol, gemengd]}", "error: the answer to 'gevoel' must be one option [V083]"),
        ("answers: {pendule: 101}", "error: the answer to 'pendule' is 101, outside 0 to 100 [V084]"),
        ("answers: {pendule: -1}", "error: the answer to 'pendule' is -1, outside 0 to 100 [V084]"),
        ("answers: {pendule: 72.5}", "error: the answer to 'pendule' is 72.5, not a whole number [V085]"),
        (
            "answers: {leiderschap: [regie, ruimte, delen, vertrouwen]}",
            "error: 'leiderschap' takes at most 3 options, and 4 are chosen [V086]"
        ),
        ("answers: {leiderschap: [regie, regie]}", "error: 'regie' is chosen twice for 'leiderschap' [V087]"),
    ])
    func checkReportsEveryAnswerRule(_ line: String, _ expected: String) throws {
        let library = try TemporaryLibrary()
        try library.write(Self.header + line + "\n---\nTekst.\n", to: "Stories/anekdotes/t.md")
        let check = try library.run(["check"])
        #expect(check.status == 1)
        #expect(check.output.contains("Stories/anekdotes/t.md:7:"), "\(check.output)")
        #expect(check.output.contains(expected), "\(check.output)")
    }

    @Test func aTextAnswerOverTwoHundredCharactersAndSuggestionsAreReported() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.framework, to: "verhaal.yaml")
        let long = String(repeating: "w", count: 201)
        try library.write(
            Self.header.replacingOccurrences(of: "[delen]", with: "[delen]") + "answers: {tekst: \(long), keuze: c}\n---\nTekst.\n",
            to: "Stories/anekdotes/t.md")
        let output = try library.run(["check"]).output
        #expect(output.contains("the answer to 'tekst' is 201 characters; at most 200 are allowed [V088]"))
        #expect(output.contains("'c' is not an option of 'keuze' [V082]"))
        try library.write(Self.header + "answers: {gevoel: hopvol}\n---\nTekst.\n", to: "Stories/anekdotes/t.md")
        try library.write("", to: "verhaal.yaml")
        #expect(try library.run(["check"]).output.contains("hint: did you mean 'hoopvol'?"))
    }

    /// add → show → edit → JSON for every type of answer, and "not applicable" stays absent.
    @Test func everyTypeRoundTripsAndNotApplicableStaysAbsent() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.framework, to: "verhaal.yaml")
        let add = try library.run([
            "add", "anecdote", "--title", "Alles", "--teller", "P", "--lesson", "1", "--text", "Tekst.",
            "--answer", "schaal=72", "--answer", "keuze=a", "--answer", "keuzes=x,z", "--answer", "janee=yes",
            "--answer", "tekst=Een paar woorden",
        ])
        #expect(add.status == 0, "\(add.errors)")
        let file = try library.text("Stories/anekdotes/alles.md")
        #expect(
            file.contains("answers: {schaal: 72, keuze: a, keuzes: [x, z], janee: 'yes', tekst: Een paar woorden}\n")
                || file.contains("answers: {schaal: 72, keuze: a, keuzes: [x, z], janee: yes, tekst: Een paar woorden}\n"), "\(file)")
        #expect(!file.contains("wie"), "an unanswered question is absent, never a default")

        let show = try library.run(["show", "alles"]).output
        #expect(show.contains("  Hoe ver?\n    72 (dichtbij ↔ ver)"))
        #expect(show.contains("  Welke allemaal?\n    X, Z"))
        #expect(show.contains("  Klopt het?\n    ja"))

        func json() throws -> [String: Any] {
            let output = try library.run(["show", "alles", "--json"]).output
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            return try #require(object["answers"] as? [String: Any])
        }
        var answers = try json()
        #expect(answers["schaal"] as? Int == 72)
        #expect(answers["keuze"] as? String == "a")
        #expect(answers["keuzes"] as? [String] == ["x", "z"])
        #expect(answers["janee"] as? Bool == true)
        #expect(answers["tekst"] as? String == "Een paar woorden")
        #expect(answers["wie"] == nil)

        let edit = try library.run([
            "edit", "alles", "--answer", "keuze=b", "--answer", "janee=no", "--clear-answer", "schaal",
            "--answer", "wie=bestuurder",
        ])
        #expect(edit.status == 0, "\(edit.errors)")
        answers = try json()
        #expect(answers["schaal"] == nil)
        #expect(answers["keuze"] as? String == "b")
        #expect(answers["janee"] as? Bool == false)
        #expect(answers["wie"] as? String == "bestuurder")
        #expect(answers["keuzes"] as? [String] == ["x", "z"])
        let listed = try library.run(["list", "--answer", "keuzes=z", "--answer", "keuze=b", "--json"]).output
        #expect(listed.contains("\"alles\""))
        #expect(!(try library.run(["list", "--answer", "schaal>=0"]).output.contains("alles")), "an unanswered scale matches nothing")
        // A wrong answer on the command line is the check's diagnostic, and nothing is written.
        let wrong = try library.run(["edit", "alles", "--answer", "keuzes=x,y,z"])
        #expect(wrong.status == 1)
        #expect(wrong.errors.contains("'keuzes' takes at most 2 options, and 3 are chosen [V086]"))
    }

    @Test func questionsListsOptionsAndCountsAndFollowsTheLanguage() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let output = try library.run(["questions"]).output
        #expect(output.contains("leiderschap (choices, at most 3): Welk leiderschap liet dit verhaal zien?"))
        #expect(output.contains("rol (choice, about the teller): Wat is je rol in het netwerk?"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try library.run(["questions", "--json"]).output.utf8))
                as? [String: Any])
        let rows = try #require(json["questions"] as? [[String: Any]])
        #expect(
            rows.map { $0["id"] as? String } == ["pendule", "vorm-resultaat", "hard-zacht", "leiderschap", "gevoel", "rol", "organisatie"])
        #expect((rows.first?["answered"] as? Int ?? 0) > 20)

        let settings = try library.text("verhaal.yaml")
        try library.write(settings.replacingOccurrences(of: "language: nl", with: "language: en"), to: "verhaal.yaml")
        let english = try library.run(["questions"]).output
        #expect(english.contains("pendule (scale): Where did the attention go in this story?"))
        #expect(english.contains("0 = one's own organisation, 100 = the network"))
        let show = try library.run(["show", "zes-indicatoren"]).output
        #expect(show.contains("  How did it feel?\n    hopeful"))
        #expect(show.contains("  Which leadership did this story show?\n    taking the lead"))
    }

    @Test func aCompositionWithAnswersShowsThemInEveryFormatAndStaysValid() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write("title: Met antwoorden\nanswers: true\n", to: "Stories/verhalen/met-antwoorden.yaml")
        let schemas = VerhaalProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/odf-1.3").path
        let environment = ProcessInfo.processInfo.environment["VERHAAL_ODF_SCHEMAS"] == nil ? ["VERHAAL_ODF_SCHEMAS": schemas] : [:]
        let export = try library.run(["export", "met-antwoorden", "--format", "all", "--validate"], environment: environment)
        #expect(export.status == 0, "\(export.errors)")
        let docbook = try library.text("Exports/met-antwoorden.xml")
        #expect(
            docbook.contains(
                "<emphasis>Volgens de verteller: 70 (de eigen organisatie ↔ het netwerk) · 85 (de samenwerkingsvorm ↔ het gezamenlijke resultaat)"
            ))
        #expect(try library.text("Exports/met-antwoorden.fodt").contains("Volgens de verteller: "))
        #expect(try library.text("Exports/met-antwoorden.fodp").contains("Volgens de verteller: "))
        // Without the key, nothing changes: the sample's exports have no answers.
        #expect(try library.run(["export", "--format", "docbook"]).status == 0)
        #expect(!(try library.text("Exports/wenkend-perspectief.xml").contains("Volgens de verteller")))
    }
}

/// `list --answer` is checked as an entry's answers are: a question, an option, a value on the
/// scale and an operator that fits, with the question's own words, a suggestion and exit 64.
@Suite struct AnswerQueryTests {
    @Test(arguments: [
        ("pendul>=60", "unknown question 'pendul'; did you mean 'pendule'?"),
        ("gevoel=hopvol", "'hopvol' is not an option of 'gevoel' (Hoe voelde het?); did you mean 'hoopvol'?"),
        ("pendule>=600", "is a scale from 0 to 100 (de eigen organisatie ↔ het netwerk); '600' is not on it"),
        ("gevoel>=3", "'gevoel' (Hoe voelde het?) is a choice; compare it with = or !=, not >="),
    ])
    func aQueryTheFrameworkCannotAnswerIsRefusedWithExit64(_ query: String, _ message: String) throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["list", "--answer", query])
        #expect(result.status == 64)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(result.errors.contains("Usage: verhaal list"), "the usage of the command that was run")
        #expect(!result.output.contains("No entries match."))
    }

    @Test func aQueryThatFitsStillFindsItsStories() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["list", "--answer", "gevoel=hoopvol", "--answer", "pendule>=60"])
        #expect(result.status == 0)
        #expect(result.output.contains("zes-indicatoren"))
    }
}

/// A mistyped subcommand gets the nearest one, as git says it.
@Suite struct SubcommandSuggestionTests {
    @Test func aMistypedSubcommandIsAnsweredWithTheNearestOne() throws {
        let library = try TemporaryLibrary()
        let list = try library.run(["lsit"])
        #expect(list.status == 64)
        #expect(list.errors.contains("'lsit' is not a command of 'verhaal'"))
        #expect(list.errors.contains("verhaal list"), "\(list.errors)")
        let member = try library.run(["member", "ad", "Paul"])
        #expect(member.status == 64 && member.errors.contains("verhaal member add"), "\(member.errors)")
        let nothing = try library.run(["xyzzyq"])
        #expect(nothing.status == 64 && !nothing.errors.contains("most similar"))
    }

    @Test func aMistypedIdLessonOrPerspectiveGetsTheNearestOne() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let show = try library.run(["show", "zes-indicatorn"])
        #expect(show.status == 1 && show.errors.contains("did you mean 'zes-indicatoren'?"), "\(show.errors)")
        let lesson = try library.run(["list", "--lesson", "delenn"])
        #expect(lesson.status != 0 && lesson.errors.contains("did you mean 'delen'?"), "\(lesson.errors)")
        let perspective = try library.run(["list", "--perspective", "netwrk"])
        #expect(perspective.status != 0 && perspective.errors.contains("did you mean 'netwerk'?"))
        let added = try library.run(["add", "anecdote", "--title", "T", "--teller", "Paul", "--lesson", "delenn", "--text", "x"])
        #expect(added.status != 0 && added.errors.contains("did you mean 'delen'?"), "\(added.errors)")
        let seen = try library.run([
            "add", "anecdote", "--title", "T", "--teller", "Paul", "--lesson", "3", "--perspective", "netwrk", "--text", "x",
        ])
        #expect(seen.status != 0 && seen.errors.contains("did you mean 'netwerk'?"), "\(seen.errors)")
    }

    @Test func aMistypedCompositionRoundDomainOrMemberGetsTheNearestOne() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let export = try library.run(["export", "wenkend-perspectiv"])
        #expect(export.status == 1 && export.errors.contains("did you mean 'wenkend-perspectief'?"), "\(export.errors)")
        let reason = "Dit verhaal laat zien hoe delen in het netwerk werkt."
        let round = try library.run(["round", "pick", "rvc-202", "--domain", "delen", "--none", "--reason", reason])
        #expect(round.status == 1 && round.errors.contains("did you mean 'rvc-2020'?"), "\(round.errors)")
        _ = try library.run(["round", "open", "netwerktafel-2022", "--panel", "Netwerktafel"])
        let domain = try library.run(["round", "pick", "netwerktafel-2022", "--domain", "deln", "--none", "--reason", reason])
        #expect(domain.status == 1 && domain.errors.contains("did you mean 'delen'?"), "\(domain.errors)")
        _ = try library.run(["member", "add", "Paul"])
        let member = try library.run(["member", "remove", "Pual"])
        #expect(member.status == 1 && member.errors.contains("did you mean 'Paul'?"), "\(member.errors)")
    }
}
