import CoreMetrics
import Domain
import OCPP
import Prometheus

/// Leitstand's metrics in Prometheus form, for an operator's existing monitoring (`GET /metrics`).
///
/// Instruments are swift-metrics types made by a `PrometheusMetricsFactory` on a registry of their own
/// (not the process-wide bootstrap, so that several backends in one test process do not share counts).
/// Every instrument is made once up front: the per-message path only increments.
package final class LeitstandMetrics: Sendable {
    private let registry: PrometheusCollectorRegistry
    private let stationsConnected: CoreMetrics.Meter
    private let messages: [ChargePointAction: CoreMetrics.Counter]
    private let handling: [ChargePointAction: CoreMetrics.Timer]
    private let unknownActionMessages: CoreMetrics.Counter
    private let errors: [OCPPErrorCode: CoreMetrics.Counter]
    private let openAlarms: [AlarmSeverity: CoreMetrics.Gauge]
    private let commits: CoreMetrics.Timer
    private let committedChanges: CoreMetrics.Counter
    private let journalWrites: CoreMetrics.Timer
    private let journaledFrames: CoreMetrics.Counter
    private let droppedJournalFrames: CoreMetrics.Counter

    package init() {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[Self.handlingLabel] = Self.latencyBuckets
        factory.durationHistogramBuckets[Self.commitLabel] = Self.latencyBuckets
        factory.durationHistogramBuckets[Self.journalLabel] = Self.latencyBuckets
        self.registry = registry
        stationsConnected = CoreMetrics.Meter(label: "leitstand_stations_connected", factory: factory)
        messages = Dictionary(
            uniqueKeysWithValues: ChargePointAction.allCases.map { action in
                (
                    action,
                    CoreMetrics.Counter(
                        label: Self.messagesLabel, dimensions: [("action", action.rawValue)], factory: factory)
                )
            })
        handling = Dictionary(
            uniqueKeysWithValues: ChargePointAction.allCases.map { action in
                (
                    action,
                    CoreMetrics.Timer(
                        label: Self.handlingLabel, dimensions: [("action", action.rawValue)], factory: factory)
                )
            })
        unknownActionMessages = CoreMetrics.Counter(
            label: Self.messagesLabel, dimensions: [("action", "unknown")], factory: factory)
        errors = Dictionary(
            uniqueKeysWithValues: OCPPErrorCode.allCases.map { code in
                (
                    code,
                    CoreMetrics.Counter(
                        label: "leitstand_ocpp_errors_total", dimensions: [("code", code.rawValue)], factory: factory)
                )
            })
        openAlarms = Dictionary(
            uniqueKeysWithValues: AlarmSeverity.allCases.map { severity in
                (
                    severity,
                    CoreMetrics.Gauge(
                        label: "leitstand_open_alarms", dimensions: [("severity", severity.rawValue)], factory: factory)
                )
            })
        commits = CoreMetrics.Timer(label: Self.commitLabel, factory: factory)
        committedChanges = CoreMetrics.Counter(label: "leitstand_store_committed_changes_total", factory: factory)
        journalWrites = CoreMetrics.Timer(label: Self.journalLabel, factory: factory)
        journaledFrames = CoreMetrics.Counter(label: "leitstand_store_journaled_frames_total", factory: factory)
        droppedJournalFrames = CoreMetrics.Counter(
            label: "leitstand_store_journal_dropped_frames_total", factory: factory)
    }

    /// A station finished its handshake.
    package func stationConnected() { stationsConnected.increment() }
    /// A station's session ended.
    package func stationDisconnected() { stationsConnected.decrement() }

    /// A CALL was handled; `action` is nil for an action OCPP 1.6 does not have.
    package func callHandled(_ action: ChargePointAction?, took duration: Duration, error: OCPPErrorCode?) {
        if let action {
            messages[action]?.increment()
            handling[action]?.recordNanoseconds(duration.nanoseconds)
        } else {
            unknownActionMessages.increment()
        }
        if let error { errors[error]?.increment() }
    }

    /// A frame was refused before it reached an action (malformed JSON, wrong shape).
    package func frameRefused(_ code: OCPPErrorCode) { errors[code]?.increment() }

    /// A batch of `changes` committed in `duration`.
    package func committed(changes: Int, took duration: Duration) {
        commits.recordNanoseconds(duration.nanoseconds)
        committedChanges.increment(by: changes)
    }

    /// A batch of `frames` journal frames committed in `duration`.
    package func journaled(frames: Int, took duration: Duration) {
        journalWrites.recordNanoseconds(duration.nanoseconds)
        journaledFrames.increment(by: frames)
    }

    /// `frames` journal frames were dropped because the journal's queue was full.
    package func journalDropped(frames: Int) { droppedJournalFrames.increment(by: frames) }

    /// The metrics in Prometheus' text format, with the open alarms counted as they are now.
    package func exposition(openAlarms alarms: [Alarm]) -> String {
        let counts = Dictionary(grouping: alarms.filter { !$0.isCleared }, by: \.severity).mapValues(\.count)
        for (severity, gauge) in openAlarms { gauge.record(counts[severity] ?? 0) }
        return registry.emitToString()
    }

    private static let messagesLabel = "leitstand_ocpp_messages_total"
    private static let handlingLabel = "leitstand_ocpp_handling_seconds"
    private static let commitLabel = "leitstand_store_commit_seconds"
    private static let journalLabel = "leitstand_store_journal_seconds"
    private static let latencyBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .seconds(2.5), .seconds(5),
    ]
}

extension Duration {
    /// The duration in whole nanoseconds, as swift-metrics timers take it.
    fileprivate var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
