import Synchronization

/// Collects the statistics of every station of a run; any task may call it.
///
/// The steady phase begins when every station has finished its first connection attempt, so throughput and latency
/// leave out the connect ramp. One lock for the fleet: a few thousand short critical sections per second.
final class StatisticsRecorder: Sendable {
    private struct State {
        var statistics = SimulationStatistics()
        var firstAttemptsPending: Int
        var steadySince: ContinuousClock.Instant?
    }

    private let state: Mutex<State>

    /// A recorder for a fleet of `stations`.
    init(stations: Int) {
        state = Mutex(State(firstAttemptsPending: stations))
    }

    func callSent(action: String) {
        state.withLock { $0.statistics.recordSent(action: action) }
    }

    func callEnded(_ outcome: CallOutcome, latency: Duration?) {
        state.withLock { $0.statistics.record(outcome, latency: latency, isSteady: $0.steadySince != nil) }
    }

    func connectionOpened() {
        state.withLock { $0.statistics.connectionsOpened += 1 }
    }

    func connectionFailed() {
        state.withLock { $0.statistics.connectionFailures += 1 }
    }

    func connectionClosed() {
        state.withLock { $0.statistics.connectionsClosed += 1 }
    }

    /// A station finished its first connection attempt, successful or not; the last one starts the steady phase.
    func firstConnectionAttemptEnded(at instant: ContinuousClock.Instant) {
        state.withLock { state in
            state.firstAttemptsPending -= 1
            if state.firstAttemptsPending == 0 { state.steadySince = instant }
        }
    }

    /// The statistics so far, and when the steady phase began (nil while the ramp lasts).
    var snapshot: (statistics: SimulationStatistics, steadySince: ContinuousClock.Instant?) {
        state.withLock { ($0.statistics, $0.steadySince) }
    }
}
