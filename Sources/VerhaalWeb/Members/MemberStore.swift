import Foundation
import VerhaalKit

/// The members of a library and the web collector's secret key, in `.verhaal/` beside
/// `Stories/`: never in the stories, and kept out of git by `.verhaal/.gitignore`.
public struct MemberStore: Sendable {
    /// The folder holding `.verhaal/`: the library root.
    public let root: URL

    private let decodedMembers = DecodedFile<[Member]>()

    public static let folderName = ".verhaal"
    public static let membersFile = "members.json"
    static let sessionKeyFile = "session-key"

    public init(root: URL) {
        self.root = root
    }

    public var folderURL: URL { root.appendingPathComponent(Self.folderName) }
    public var membersURL: URL { folderURL.appendingPathComponent(Self.membersFile) }

    /// Every member, in the order they were added. No file means no members yet.
    public func members() throws -> [Member] {
        try decodedMembers.jsonList(
            at: membersURL, named: "\(Self.folderName)/\(Self.membersFile)",
            hint: "restore it from a backup, or remove it and add the members again")
    }

    /// The member whose sign-in token this is, if any.
    public func member(withToken token: String) throws -> Member? {
        let hash = SignInToken.hash(token)
        return try members().first { $0.tokenHash == hash }
    }

    /// The member with this name (ignoring case), if any.
    public func member(named name: String) throws -> Member? {
        try members().first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Adds a member and returns the sign-in token, which is not stored and cannot be shown again.
    public func add(
        name rawName: String, coordinator: Bool, email: String? = nil, today: LocalDate = .today()
    ) throws -> (Member, token: String) {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = Self.problem(withName: name) {
            throw VerhaalError(
                "cannot add '\(rawName)': \(problem)", hint: "give the name the member's stories should carry as teller, e.g. \"Paul\"")
        }
        try preparePrivateFolder()
        return try FileLock.withExclusiveLock(on: folderURL) {
            var list = try members()
            if list.contains(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                throw VerhaalError(
                    "'\(name)' is already a member",
                    hint: "to give them a new link: verhaal member link \"\(name)\"")
            }
            let token = SignInToken.make()
            var member = Member(name: name, isCoordinator: coordinator, tokenHash: SignInToken.hash(token), added: today.description)
            member.email = email
            list.append(member)
            try save(list)
            return (member, token)
        }
    }

    /// Gives a member a new sign-in token and returns it; the old link stops working at once.
    /// Their sessions are ended by the caller (`LoginStore.endAll(member:)`).
    public func newLink(for name: String) throws -> (Member, token: String) {
        try preparePrivateFolder()
        return try FileLock.withExclusiveLock(on: folderURL) {
            var list = try members()
            guard let index = list.firstIndex(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else {
                throw VerhaalError(
                    "'\(name)' is not a member", hint: KeySuggestion.didYouMean(name, among: list.map(\.name)) + "see 'verhaal member list'"
                )
            }
            let token = SignInToken.make()
            list[index].tokenHash = SignInToken.hash(token)
            try save(list)
            return (list[index], token)
        }
    }

    /// Removes a member: their link and every session they have stop working at once.
    @discardableResult
    public func remove(name: String) throws -> Member {
        try preparePrivateFolder()
        return try FileLock.withExclusiveLock(on: folderURL) {
            var list = try members()
            guard let index = list.firstIndex(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else {
                throw VerhaalError(
                    "'\(name)' is not a member", hint: KeySuggestion.didYouMean(name, among: list.map(\.name)) + "see 'verhaal member list'"
                )
            }
            let member = list.remove(at: index)
            try save(list)
            return member
        }
    }

    /// The key that signs the forms' CSRF tokens, made on first use.
    func sessionKey() throws -> Data {
        let url = folderURL.appendingPathComponent(Self.sessionKeyFile)
        if let key = FileManager.default.contents(atPath: url.path), key.count == 32 { return key }
        try preparePrivateFolder()
        let fresh = Data(SignInToken.randomBytes(count: 32))
        if try AtomicFile.createExclusively(fresh, at: url) {
            _ = chmod(url.path, 0o600)
            return fresh
        }
        // Another process made it first.
        guard let key = FileManager.default.contents(atPath: url.path), key.count == 32 else {
            throw VerhaalError("\(Self.folderName)/\(Self.sessionKeyFile) is damaged", hint: "remove it; everybody signs in again")
        }
        return key
    }

    static func problem(withName name: String) -> String? {
        if name.isEmpty { return "the name is empty" }
        if name.count > 100 { return "the name is longer than 100 characters" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "the name contains a control character"
        }
        return nil
    }

    private func save(_ list: [Member]) throws {
        try preparePrivateFolder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(list) + Data("\n".utf8), to: membersURL)
        _ = chmod(membersURL.path, 0o600)
    }

    /// `.verhaal/`, readable by its owner only, with a `.gitignore` that keeps all of it out of git.
    func preparePrivateFolder() throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                at: folderURL, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw VerhaalError("cannot create \(folderURL.path): \(error.localizedDescription)", hint: "check that you may write there")
        }
        let ignore = folderURL.appendingPathComponent(".gitignore")
        if !manager.fileExists(atPath: ignore.path) {
            try AtomicFile.write(Data("# Members' token hashes and the session key: never in git.\n*\n".utf8), to: ignore)
        }
    }
}
