/// The answers that arrived in one second of a run's steady phase, so that slow answers that come in bursts (a
/// stall somewhere) can be told apart from a slow average, which a percentile cannot.
package struct AnswerSecond: Sendable, Equatable, Codable {
    /// An answer slower than this counts as slow: the p99 the central system is held to.
    package static let slowLatency = Duration.milliseconds(50)

    /// Answers with a known latency.
    package var answers = 0
    /// Those of them slower than `slowLatency`.
    package var slow = 0
    /// The slowest of them, in milliseconds.
    package var maxMilliseconds = 0.0

    package init() {}

    /// Counts one answer that took `latency`.
    package mutating func record(_ latency: Duration) {
        answers += 1
        if latency > Self.slowLatency { slow += 1 }
        maxMilliseconds = max(maxMilliseconds, latency.seconds * 1_000)
    }
}
