import NIOPosix
import VerhaalKit

extension Site {
    /// The Most Significant Change rounds, as new as the library: the live library reads them
    /// again when a file changed, off the event loop.
    func rounds() async throws -> [MSCRound] {
        let live = self.live
        return try await NIOThreadPool.singleton.runIfActive { live.rounds() }
    }
}
