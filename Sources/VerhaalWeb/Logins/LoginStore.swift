import Foundation
import VerhaalKit

/// The web collector's logins (a browser signed in as a member; not a sensemaking session,
/// which is a `SessionRecord`), kept on the server in `.verhaal/sessions.json` so that they
/// can be ended there: by signing out, by `verhaal member signout`, and by removing a member
/// or giving them a new link.
///
/// Only a SHA-256 of each session id is stored, with the member's name, the first characters
/// of their link's hash (a new link ends the old link's sessions) and the expiry. The file is
/// read again when it changed (`DecodedFile`) and changed under a lock, so several server processes and the
/// command line can share it.
public struct LoginStore: Sendable {
    /// One session as stored.
    struct Record: Codable, Equatable {
        var idHash: String
        var member: String
        var link: String
        /// Unix seconds.
        var expires: Int

        enum CodingKeys: String, CodingKey {
            case idHash = "id_sha256"
            case member, link, expires
        }
    }

    static let fileName = "sessions.json"
    /// The most sessions one member keeps (a phone, a laptop, a few browsers): a new one ends
    /// that member's oldest, so that no member's sign-ins can end another member's session.
    static let maximumPerMember = 10

    let members: MemberStore
    private let decodedRecords = DecodedFile<[Record]>()

    public init(members: MemberStore) {
        self.members = members
    }

    var url: URL { members.folderURL.appendingPathComponent(Self.fileName) }

    /// Starts a session for `member` and returns the cookie value.
    func start(for member: Member, now: Date = Date()) throws -> String {
        let value = LoginCookie.newValue()
        let record = Record(
            idHash: SignInToken.hash(value), member: member.name, link: Self.fingerprint(of: member),
            expires: Int(now.addingTimeInterval(LoginCookie.lifetime).timeIntervalSince1970))
        try change(now: now) { records in
            let own = records.indices.filter { records[$0].member == member.name }
            if own.count >= Self.maximumPerMember {
                let ended = Set(own.prefix(own.count - Self.maximumPerMember + 1))
                records = records.enumerated().filter { !ended.contains($0.offset) }.map(\.element)
            }
            records.append(record)
        }
        return value
    }

    /// The member whose live session this cookie value is, if any: the session exists, has not
    /// expired, and its member still has the link it was started with.
    func member(forCookie value: String, now: Date = Date()) throws -> Member? {
        guard value.utf8.count <= 100 else { return nil }
        let hash = SignInToken.hash(value)
        guard let record = try records().first(where: { $0.idHash == hash }),
            record.expires > Int(now.timeIntervalSince1970),
            let member = try members.member(named: record.member),
            member.name == record.member, Self.fingerprint(of: member) == record.link
        else { return nil }
        return member
    }

    /// Ends the session with this cookie value.
    func end(cookie value: String) throws {
        let hash = SignInToken.hash(value)
        try change { records in records.removeAll { $0.idHash == hash } }
    }

    /// Ends every session, or every session of one member; returns how many were ended.
    @discardableResult
    public func endAll(member name: String? = nil) throws -> Int {
        var ended = 0
        try change { records in
            let before = records.count
            if let name {
                records.removeAll { $0.member.caseInsensitiveCompare(name) == .orderedSame }
            } else {
                records.removeAll()
            }
            ended = before - records.count
        }
        return ended
    }

    /// How many sessions of `name` are open (not expired).
    public func count(member name: String, now: Date = Date()) throws -> Int {
        try records().filter { $0.member.caseInsensitiveCompare(name) == .orderedSame && $0.expires > Int(now.timeIntervalSince1970) }.count
    }

    func records() throws -> [Record] {
        try decodedRecords.jsonList(
            at: url, named: "\(MemberStore.folderName)/\(Self.fileName)", hint: "remove it: everybody signs in again")
    }

    /// Changes the records under the lock on `.verhaal/`, dropping expired ones, and writes
    /// them in one step.
    private func change(now: Date = Date(), _ body: (inout [Record]) -> Void) throws {
        try members.preparePrivateFolder()
        try FileLock.withExclusiveLock(on: members.folderURL) {
            let seconds = Int(now.timeIntervalSince1970)
            var list = ((try? records()) ?? []).filter { $0.expires > seconds }
            body(&list)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try AtomicFile.write(try encoder.encode(list) + Data("\n".utf8), to: url)
            _ = chmod(url.path, 0o600)
        }
    }

    static func fingerprint(of member: Member) -> String {
        String(member.tokenHash.prefix(16))
    }
}
