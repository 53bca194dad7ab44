/// One option of a `<select>` or a group of radio buttons, as the templates show it.
struct SelectOption: Encodable, Sendable {
    var value: String
    var label: String
    var selected: Bool
}

/// A labelled `<select>` whose `id` is also its field name.
struct SelectField: Encodable, Sendable {
    var id: String
    var label: String
    var options: [SelectOption]
}
