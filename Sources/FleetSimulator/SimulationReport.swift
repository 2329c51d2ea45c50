import Foundation

/// The result of a run: throughput over the steady phase, latency percentiles and counts.
///
/// Printable as a short text table (`table`) and as JSON (`json`), for people, benchmarks and tests.
/// Latencies are in milliseconds, from the write of a CALL to the arrival of its CALLRESULT or CALLERROR.
package struct SimulationReport: Sendable, Equatable, Codable {
    /// What became of the CALLs the stations sent.
    package struct Calls: Sendable, Equatable, Codable {
        package var sent: Int
        /// Answered with a CALLRESULT.
        package var answered: Int
        /// Answered with a CALLERROR, by error code.
        package var errors: [String: Int]
        package var timeouts: Int
        /// Unanswered when the connection closed (including at the end of the run).
        package var lost: Int
    }

    /// What became of the connections.
    package struct Connections: Sendable, Equatable, Codable {
        package var opened: Int
        package var failed: Int
        package var closed: Int
    }

    /// Latency percentiles over the steady phase, in milliseconds; nil when nothing was answered in it.
    package struct Latency: Sendable, Equatable, Codable {
        package var count: Int
        package var p50: Double?
        package var p90: Double?
        package var p99: Double?
        package var max: Double?
        package var mean: Double?

        init(_ histogram: LatencyHistogram) {
            func milliseconds(_ duration: Duration?) -> Double? { duration.map { $0.seconds * 1_000 } }
            count = Int(histogram.count)
            p50 = milliseconds(histogram.value(atPercentile: 50))
            p90 = milliseconds(histogram.value(atPercentile: 90))
            p99 = milliseconds(histogram.value(atPercentile: 99))
            max = milliseconds(histogram.maximum)
            mean = milliseconds(histogram.mean)
        }
    }

    package var stations: Int
    /// The whole run, in seconds.
    package var durationSeconds: Double
    /// The steady phase (after every station's first connection attempt), in seconds.
    package var steadySeconds: Double
    /// The fleet's target rate, when the run had one.
    package var messagesPerSecondGoal: Double?
    /// Answered CALLs (CALLRESULT or CALLERROR) per second over the steady phase.
    package var throughput: Double
    package var calls: Calls
    package var connections: Connections
    package var latency: Latency
    /// How much later than planned the steady phase's timed CALLs (heartbeats, meter values, status changes) were
    /// written, in milliseconds. `latency` starts at the write, so a simulator that falls behind would hide the
    /// delay from it: a lag that grows says the simulator (or the machine) could not keep up with the goal.
    package var sendLag: Latency
    /// Each second of the steady phase, in order: its answers, how many took over 50 ms, and the slowest.
    package var answersBySecond: [AnswerSecond]
    package var sentByAction: [String: Int]

    package init(
        statistics: SimulationStatistics,
        stations: Int,
        duration: Duration,
        steadyPhase: Duration,
        messagesPerSecondGoal: Double?
    ) {
        self.stations = stations
        durationSeconds = duration.seconds
        steadySeconds = steadyPhase.seconds
        self.messagesPerSecondGoal = messagesPerSecondGoal
        throughput = steadySeconds > 0 ? Double(statistics.steadyAnswers) / steadySeconds : 0
        calls = Calls(
            sent: statistics.callsSent,
            answered: statistics.callResults,
            errors: Dictionary(uniqueKeysWithValues: statistics.callErrors.map { ($0.key.rawValue, $0.value) }),
            timeouts: statistics.timeouts,
            lost: statistics.lost
        )
        connections = Connections(
            opened: statistics.connectionsOpened,
            failed: statistics.connectionFailures,
            closed: statistics.connectionsClosed
        )
        latency = Latency(statistics.steadyLatency)
        sendLag = Latency(statistics.steadySendLag)
        answersBySecond = statistics.steadyAnswersBySecond
        sentByAction = statistics.sentByAction
    }

    /// The report as pretty-printed JSON with sorted keys.
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding cannot fail: every field is a number, a string or a dictionary of them, and numbers are finite.
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
