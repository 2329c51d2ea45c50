import Synchronization

/// When a live stream asks again whether its session token is still valid: at the first read, then once `interval`
/// has passed since the last check. A logout or an expired session so ends a stream that is already open.
final class SessionRecheck: Sendable {
    private let interval: Duration
    private let lastCheck: Mutex<ContinuousClock.Instant?>

    /// A recheck every `interval`; `checkedAt` is when the token was last checked, nil for never.
    init(every interval: Duration, checkedAt: ContinuousClock.Instant? = nil) {
        self.interval = interval
        lastCheck = Mutex(checkedAt)
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
