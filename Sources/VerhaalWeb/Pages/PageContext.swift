/// What every page's template sees: the strings, the title, the signed-in member, their CSRF
/// token and the current menu item, and the page's own typed values (`Content`), whose
/// properties the templates use by name. Pages render from `values` alone.
struct PageContext<Content: Encodable & Sendable>: Sendable {
    /// The signed-in member as the layout shows them.
    struct MemberView: Encodable, Sendable {
        var name: String
        var isCoordinator: Bool
    }

    var s: WebStrings
    var title: String
    var member: MemberView?
    var csrf: String?
    var section: PageRenderer.Section?
    var content: Content

    /// The context as template values (`TemplateValues`): what the templates are rendered with.
    var values: [String: Any] {
        var values = (TemplateValues.of(content) as? [String: Any]) ?? [:]
        values["s"] = TemplateValues.strings(s)
        values["title"] = title
        values["member"] = member.flatMap(TemplateValues.of)
        values["csrf"] = csrf
        if let section { values[section.rawValue] = true }
        return values
    }
}

/// A page without values of its own.
struct NoContent: Encodable, Sendable {}
