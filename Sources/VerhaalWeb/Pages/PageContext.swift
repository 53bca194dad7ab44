import Mustache

/// What every page's template sees: the strings, the title, the signed-in member, their CSRF
/// token and the current menu item, and the page's own typed values (`Content`), whose
/// properties the templates use by name.
struct PageContext<Content: Encodable & Sendable>: MustacheParent, Sendable {
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

    func child(named name: String) -> Any? {
        switch name {
        case "s": return s
        case "title": return title
        case "member": return member
        case "csrf": return csrf
        case PageRenderer.Section.record.rawValue, PageRenderer.Section.stories.rawValue,
            PageRenderer.Section.coverage.rawValue, PageRenderer.Section.patterns.rawValue, PageRenderer.Section.compose.rawValue,
            PageRenderer.Section.rounds.rawValue:
            return section?.rawValue == name ? true : nil
        default:
            let property = Mirror(reflecting: content).children.first { $0.label == name }?.value
            return property.flatMap(Self.unwrapped)
        }
    }

    /// A property's value, or nil when it is an empty optional.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

/// A page without values of its own.
struct NoContent: Encodable, Sendable {}
