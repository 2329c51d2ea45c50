import Synchronization

/// When a live stream asks again whether its session token is still valid: at the first read, then once `interval`
/// has passed since the last check. A logout or an expired session so ends a stream that is already open.
final class SessionRecheck: Sendable {
    private let interval: Duration
    private let lastCheck = Mutex<ContinuousClock.Instant?>(nil)

    init(every interval: Duration) {
        self.interval = interval
    }

    /// True when the token should be checked now; the check then counts as done.
    func isDue(at now: ContinuousClock.Instant = .now) -> Bool {
        lastCheck.withLock { last in
            if let last, now - last < interval { return false }
            last = now
            return true
        }
    }
}
