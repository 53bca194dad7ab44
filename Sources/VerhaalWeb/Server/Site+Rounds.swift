import NIOPosix
import VerhaalKit

extension Site {
    /// The Most Significant Change rounds, read from `Stories/rondes/` off the event loop (a few
    /// small files; read per request, so a round saved by the CLI shows at once).
    func rounds(framework: Framework) async throws -> [MSCRound] {
        let store = self.store
        return try await NIOThreadPool.singleton.runIfActive { store.rounds(framework: framework) }
    }
}
