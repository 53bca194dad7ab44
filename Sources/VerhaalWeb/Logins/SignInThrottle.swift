import Foundation

/// Slows down guessing sign-in links: after `allowedFailures` wrong tokens from one address
/// within `window`, that address is refused (429) until the window has passed; every failure
/// also waits a moment before it is answered. A correct link does not clear the count, so a
/// member cannot keep guessing other links between their own sign-ins.
actor SignInThrottle {
    static let allowedFailures = 5
    static let window: TimeInterval = 10 * 60
    /// The pause before a wrong token is answered.
    nonisolated let failureDelay: Duration

    private var failures: [String: [Date]] = [:]

    init(failureDelay: Duration = .milliseconds(300)) {
        self.failureDelay = failureDelay
    }

    /// Seconds until `address` may try again, or nil when it may try now.
    func retryAfter(for address: String, now: Date = Date()) -> Int? {
        let recent = prune(address, now: now)
        guard recent.count >= Self.allowedFailures, let oldest = recent.first else { return nil }
        return max(1, Int((oldest.addingTimeInterval(Self.window).timeIntervalSince(now)).rounded(.up)))
    }

    func recordFailure(for address: String, now: Date = Date()) {
        failures[address, default: []].append(now)
        if failures.count > 10_000 { failures = failures.filter { !$0.value.isEmpty } }
    }

    private func prune(_ address: String, now: Date) -> [Date] {
        let recent = (failures[address] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        failures[address] = recent.isEmpty ? nil : recent
        return recent
    }
}
