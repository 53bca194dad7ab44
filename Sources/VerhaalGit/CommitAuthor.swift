import VerhaalKit

/// Who a commit is by: a member of the web collector (`Naam <naam@verhaal.invalid>`, or the
/// email a coordinator gave), or whoever git is configured for on the command line.
public struct CommitAuthor: Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email ?? "\(EntryID.slug(from: name))@verhaal.invalid"
    }

    /// git's author and committer variables for this author.
    var environment: [String: String] {
        ["GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email]
    }
}
