import VerhaalKit

/// What `check` finds wrong with a library's repository: the members' file, which holds the
/// hashes of sign-in links, must never be committed.
public enum GitChecks {
    public static func diagnostics(for store: LibraryStore) async -> [Diagnostic] {
        let repository = LibraryRepository(store: store)
        guard await repository.isRepository(), await repository.membersFileIsTracked() else { return [] }
        return [
            Diagnostic(
                .error, code: .membersCommitted, file: ".verhaal/members.json",
                summary: "the members' file, with their sign-in secrets, is in git",
                hint:
                    "run 'git rm --cached .verhaal/members.json', commit, add '/.verhaal/' to .gitignore, and give every member a new link ('verhaal member add')"
            )
        ]
    }
}
