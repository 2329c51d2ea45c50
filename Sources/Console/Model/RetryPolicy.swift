/// How long to wait before reconnecting: doubling from one second up to thirty.
package struct RetryPolicy: Sendable, Equatable {
    package var first: Duration
    package var maximum: Duration

    package init(first: Duration = .seconds(1), maximum: Duration = .seconds(30)) {
        self.first = first
        self.maximum = maximum
    }

    /// The wait before retry number `attempt` (0 is the first retry).
    package func delay(attempt: Int) -> Duration {
        var delay = first
        for _ in 0..<min(max(0, attempt), 16) where delay < maximum { delay *= 2 }
        return min(delay, maximum)
    }
}
