import Foundation
import VerhaalKit

/// What the record form shows: every input with its label, hint, value and error, the
/// lessons, perspectives and share levels as choices, the visits, the tag suggestions, and the
/// problems that kept the last submit from being saved.
struct RecordFormView {
    let kind: EntryKind
    /// What was submitted, to show again; nil for an empty form.
    let fields: RecordFields?
    /// What was posted in the questions' inputs; nil for an empty form.
    let answers: AnswerInputs?
    let problems: [RecordForm.Problem]
    let member: Member
    let library: Library
    let suggestions: RecordSuggestions
    let strings: WebStrings
    /// The story being edited; nil for a new one.
    var editing: Entry? = nil

    /// The template's values.
    struct Content: Encodable, Sendable {
        struct Kind: Encodable, Sendable {
            var slug: String
            var label: String
            var current: Bool
        }
        struct Input: Encodable, Sendable {
            var id: String
            var label: String
            var type: String
            var value: String
            var hint: String?
            var required: Bool
            var list: String?
            var error: String?
            var isTextArea: Bool
            /// A date: typed as digits, with its format as the placeholder.
            var datePlaceholder: String?
            /// The ids of the hint and the error shown, for `aria-describedby`; nil when neither is.
            var describedBy: String?
        }
        struct Option: Encodable, Sendable {
            var type: String
            var name: String
            var group: String
            var value: String
            var title: String
            var summary: String
            var checked: Bool
        }
        struct ChoiceGroup: Encodable, Sendable {
            var id: String
            var legend: String
            var error: String?
            var options: [Option]
        }
        struct AnswerOption: Encodable, Sendable {
            var question: String
            /// The input's name: `answer-ID`, or `answer-ID[]` for checkboxes.
            var name: String
            var type: String
            var value: String
            /// The end of the input's id: the value, or `nvt` for "not applicable".
            var key: String
            var title: String
            var checked: Bool
        }
        struct QuestionInput: Encodable, Sendable {
            var id: String
            var prompt: String
            var isScale: Bool
            var isText: Bool
            var left: String?
            var right: String?
            var value: String
            var notApplicable: Bool
            var maximumLine: String?
            var options: [AnswerOption]
            var error: String?
        }
        struct QuestionGroup: Encodable, Sendable {
            var heading: String
            var intro: String
            var questions: [QuestionInput]
        }
        struct Problem: Encodable, Sendable {
            var field: String?
            var label: String?
            var message: String
        }

        var heading: String
        var tellerLine: String
        var action: String
        var kinds: [Kind]
        var fields: [Input]
        var choiceGroups: [ChoiceGroup]
        var questionGroups: [QuestionGroup]
        var showVisit: Bool
        /// The visits as `<option>`s, escaped by Mustache (`RecordSuggestions`).
        var visitOptionsHTML: String
        var visitError: String?
        var tagOptionsHTML: String
        var hasProblems: Bool
        var problems: [Problem]
        /// After a submit that could not be saved, the text as it will look.
        var previewHTML: String?
        /// A scale is asked: the page loads `FormScript`.
        var hasScale: Bool
    }

    func content() -> Content {
        let text = fields?.text ?? ""
        let questionGroups = questionGroups()
        return Content(
            heading: editing.map { strings.privacy.editHeading.filled(with: $0.title) } ?? strings.recordTitles[kind.rawValue] ?? "",
            tellerLine: editing.map { strings.privacy.toldBy.filled(with: $0.teller) + " " + strings.privacy.editIntro }
                ?? strings.record.teller.filled(with: member.name),
            action: editing.map { "/verhalen/\($0.id)/bewerken" } ?? "/vertellen/\(RecordPage.slug(of: kind))",
            kinds: editing != nil
                ? []
                : EntryKind.allCases.map {
                    .init(slug: RecordPage.slug(of: $0), label: strings.kinds[$0.rawValue] ?? $0.rawValue, current: $0 == kind)
                },
            fields: inputs(),
            choiceGroups: choiceGroups(),
            questionGroups: questionGroups,
            showVisit: kind != .travelLog,
            visitOptionsHTML: suggestions.visitOptionsHTML(selecting: fields?.visit),
            visitError: problem(EntryFields.visit),
            tagOptionsHTML: suggestions.tagOptionsHTML,
            hasProblems: !problems.isEmpty,
            problems: problems.map { .init(field: $0.field.map(anchor(of:)), label: $0.field.map(label(of:)), message: $0.message) },
            previewHTML: text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : Markdown.html(from: text),
            hasScale: questionGroups.contains { $0.questions.contains(where: \.isScale) })
    }

    /// The text inputs in the form's order; a quote also asks who said it.
    private func inputs() -> [Content.Input] {
        let labels = strings.record
        var inputs = [
            input(EntryFields.title, value: fields?.title, required: true),
            input(
                EntryFields.date, value: fields?.date ?? LocalDate.today().description, hint: labels.dateHint,
                datePlaceholder: strings.rounds.datePlaceholder),
        ]
        if kind == .quote {
            inputs.append(input(EntryFields.speaker, value: fields?.speaker, required: true))
            inputs.append(input(EntryFields.role, value: fields?.role))
            inputs.append(input(EntryFields.source, value: fields?.source))
        }
        inputs.append(input(EntryFields.place, value: fields?.place))
        inputs.append(input(EntryFields.organizations, value: fields?.organizations, hint: labels.organizationsHint))
        inputs.append(input(Diagnostic.textField, value: fields?.text, hint: labels.textHint, isTextArea: true))
        inputs.append(input(EntryFields.tags, value: fields?.tags, hint: labels.tagsHint, list: "bestaande-tags"))
        return inputs
    }

    private func input(
        _ id: String, type: String = "text", value: String?, hint: String? = nil,
        required: Bool = false, list: String? = nil, isTextArea: Bool = false, datePlaceholder: String? = nil
    ) -> Content.Input {
        let error = problem(id)
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        return Content.Input(
            id: id, label: label(of: id), type: type, value: value ?? "", hint: hint, required: required,
            list: list, error: error, isTextArea: isTextArea, datePlaceholder: datePlaceholder,
            describedBy: described.isEmpty ? nil : described.joined(separator: " "))
    }

    /// The story questions, then the questions about the teller (filled in from the member's
    /// last entry that answers them, on a new form).
    private func questionGroups() -> [Content.QuestionGroup] {
        let inputs = answers ?? AnswerInputs(answers: suggestions.tellerAnswers)
        let labels = strings.record
        func input(_ question: Question) -> Content.QuestionInput {
            let posted = inputs.posted(question)
            let isChoice = question.type == .choice || question.type == .choices || question.type == .yesno
            var options: [Content.AnswerOption] = []
            if isChoice {
                let type = question.type == .choices ? "checkbox" : "radio"
                let (yes, no) = Language(code: strings.lang).yesNo
                let choices = question.type == .yesno ? [("yes", yes), ("no", no)] : question.options.map { ($0.id, $0.title) }
                options = choices.map {
                    .init(
                        question: question.id, name: AnswerInputs.inputName(question), type: type, value: $0.0, key: $0.0,
                        title: $0.1, checked: posted.contains($0.0))
                }
                if type == "radio" {
                    options.append(
                        .init(
                            question: question.id, name: AnswerInputs.inputName(question), type: type, value: "", key: "nvt",
                            title: labels.notApplicable,
                            checked: posted.allSatisfy(\.isEmpty)))
                }
            }
            let maximum = question.maximum.map { strings.lang == "en" ? "choose at most \($0)" : "kies er hoogstens \($0)" }
            return Content.QuestionInput(
                id: question.id, prompt: question.prompt, isScale: question.type == .scale, isText: question.type == .text,
                left: question.left, right: question.right,
                value: posted.first ?? (question.type == .scale ? "50" : ""),
                notApplicable: inputs.isNotApplicable(question), maximumLine: maximum, options: options,
                error: problem(EntryFields.answer(question.id)))
        }
        let questions = library.framework.questions
        return [
            Content.QuestionGroup(
                heading: labels.storyQuestions, intro: labels.storyQuestionsIntro,
                questions: questions.filter { $0.about == .story }.map(input)),
            Content.QuestionGroup(
                heading: labels.tellerQuestions, intro: labels.tellerQuestionsIntro,
                questions: questions.filter { $0.about == .teller }.map(input)),
        ].filter { !$0.questions.isEmpty }
    }

    /// The element a problem's link points at: the question's fieldset for an answer.
    private func anchor(of field: String) -> String {
        field.hasPrefix(EntryFields.answers + ".") ? "vraag-" + field.dropFirst(EntryFields.answers.count + 1) : field
    }

    /// Lessons and perspectives as checkboxes, the share level as radio buttons; each choice
    /// with its title and one sentence.
    private func choiceGroups() -> [Content.ChoiceGroup] {
        let framework = library.framework
        let lessons = Set((fields?.lessons ?? []).compactMap { framework.lesson(matching: $0)?.id })
        let perspectives = Set((fields?.perspectives ?? []).compactMap { framework.perspective(matching: $0)?.id })
        let share = fields?.share ?? ShareLevel.network.rawValue
        func option(
            _ group: String, _ type: String, _ name: String, value: String, title: String, summary: String,
            checked: Bool
        ) -> Content.Option {
            .init(type: type, name: name, group: group, value: value, title: title, summary: summary, checked: checked)
        }
        var groups = [
            group(
                EntryFields.lessons,
                options: framework.lessons.map {
                    option(
                        EntryFields.lessons, "checkbox", "lessons[]", value: $0.id, title: $0.label,
                        summary: $0.summary.firstSentence, checked: lessons.contains($0.id))
                }),
            group(
                EntryFields.perspectives,
                options: framework.perspectives.map {
                    option(
                        EntryFields.perspectives, "checkbox", "perspectives[]", value: $0.id, title: $0.title,
                        summary: $0.summary.firstSentence, checked: perspectives.contains($0.id))
                }),
            group(
                EntryFields.share,
                options: ShareLevel.allCases.map {
                    option(
                        EntryFields.share, "radio", "share", value: $0.rawValue, title: strings.shareNames[$0.rawValue] ?? $0.rawValue,
                        summary: strings.sharePromises[$0.rawValue] ?? $0.promise, checked: share == $0.rawValue)
                }),
        ]
        if kind == .quote {
            let consent = fields?.consent ?? ""
            let levels = Consent.Level.allCases.map { ($0.rawValue, strings.privacy.consentNames[$0.rawValue] ?? $0.rawValue) }
            groups.append(
                group(
                    EntryFields.consent,
                    options: (levels + [("", strings.privacy.consentUnknown)]).map {
                        option(EntryFields.consent, "radio", "consent", value: $0.0, title: $0.1, summary: "", checked: consent == $0.0)
                    }))
        }
        return groups
    }

    private func group(_ id: String, options: [Content.Option]) -> Content.ChoiceGroup {
        .init(id: id, legend: label(of: id), error: problem(id), options: options)
    }

    /// Every problem with this field, as one text; nil when there is none.
    private func problem(_ field: String) -> String? {
        let messages = problems.filter { $0.field == field }.map(\.message)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }

    private func label(of field: String) -> String {
        let labels = strings.record
        switch field {
        case EntryFields.title: return labels.title
        case EntryFields.date: return labels.date
        case EntryFields.place: return labels.place
        case EntryFields.visit: return labels.visit
        case EntryFields.organizations: return labels.organizations
        case EntryFields.speaker: return labels.speaker
        case EntryFields.role: return labels.role
        case EntryFields.source: return labels.source
        case EntryFields.lessons: return labels.lessons
        case EntryFields.perspectives: return labels.perspectives
        case EntryFields.tags: return labels.tags
        case EntryFields.share: return labels.share
        case EntryFields.consent: return strings.privacy.consent
        case Diagnostic.textField: return labels.text
        default:
            let question = field.hasPrefix(EntryFields.answers + ".") ? String(field.dropFirst(EntryFields.answers.count + 1)) : nil
            return question.flatMap(library.framework.question)?.prompt ?? field
        }
    }
}
