import ArgumentParser
import Foundation
import VerhaalKit
import VerhaalWeb

extension VerhaalCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the web collector: members record and read stories in the browser.",
            discussion: HelpText.text(
                """
                Members sign in with the personal link that 'verhaal member add' prints; the
                pages are in the library's language. Every new story is checked like 'verhaal
                check' does and written to Stories/ like 'verhaal add'. Entries changed on disk
                are seen on the next request. Stop the server with Ctrl-C.

                The server speaks plain HTTP: keep the default 127.0.0.1 for use on this
                computer, or put it behind an HTTPS proxy before opening it to a network.
                Behind a proxy, name it with --trusted-proxy so that failed sign-ins are
                counted per client (from X-Forwarded-For) instead of for everyone at once.

                Examples:
                  verhaal serve
                  verhaal serve --port 9000
                  verhaal serve --host 0.0.0.0 --port 8080 --library /srv/netwerk
                  verhaal serve --trusted-proxy 127.0.0.1
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on.")
        var port = 8080

        @Option(
            name: .customLong("trusted-proxy"),
            help: "The address of a reverse proxy whose X-Forwarded-For is believed (repeatable).")
        var trustedProxies: [String] = []

        @Flag(
            name: .customLong("secure-cookies"),
            help:
                "Mark the sign-in cookies Secure, for a server reached only over HTTPS (behind a --trusted-proxy that sends X-Forwarded-Proto: https this happens by itself)."
        )
        var secureCookies = false

        @Option(
            name: .customLong("sync-every"),
            help: ArgumentHelp("Sync with the git remote in the background this often: 30s, 5m, 1h.", valueName: "interval"))
        var syncEvery: String?

        func validate() throws {
            guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
            if let syncEvery, Self.duration(syncEvery) == nil {
                throw ValidationError("--sync-every '\(syncEvery)' is not an interval: write e.g. 30s, 5m or 1h")
            }
        }

        /// `30s`, `5m` or `1h`; at least a second.
        static func duration(_ text: String) -> Duration? {
            guard let unit = text.last, let number = Int(text.dropLast()), number > 0 else { return nil }
            switch unit {
            case "s": return .seconds(number)
            case "m": return .seconds(number * 60)
            case "h": return .seconds(number * 3600)
            default: return nil
            }
        }

        func run() async throws {
            let store = try libraryOptions.store()
            // The server reads the library itself; here only what it cannot start without.
            try libraryOptions.requireUsableSettings(store.loadSettings().1)
            let members = MemberStore(root: store.root)
            if try members.members().isEmpty {
                StandardError.print("warning: this library has no members yet; add one with: verhaal member add NAME --coordinator")
            }
            // Standard error is unbuffered: the line shows at once, also when it goes to a log file.
            StandardError.print("Verhaal serves \(store.root.path) on http://\(host):\(port)/ (Ctrl-C stops it)")
            try await WebServer.run(
                root: store.root, host: host, port: port, trustedProxies: trustedProxies, useIndex: !libraryOptions.noIndex,
                secureCookies: secureCookies, syncEvery: syncEvery.flatMap(Self.duration))
        }
    }
}
