import Synchronization

/// Collects the statistics of every station of a run; any task may call it.
///
/// The steady phase begins when every station has finished its first connection attempt, and a warm-up after that,
/// so throughput and latency leave out the connect ramp (and, with a warm-up, the boot storm that follows it). One
/// lock for the fleet: a few thousand short critical sections per second.
final class StatisticsRecorder: Sendable {
    private struct State {
        var statistics = SimulationStatistics()
        var firstAttemptsPending: Int
        var steadySince: ContinuousClock.Instant?

        /// The second of the steady phase that `now` falls in; nil before that phase.
        var steadySecond: Int? {
            guard let steadySince else { return nil }
            let elapsed = ContinuousClock.now - steadySince
            return elapsed >= .zero ? Int(elapsed / .seconds(1)) : nil
        }
    }

    private let state: Mutex<State>
    private let warmup: Duration

    /// A recorder for a fleet of `stations` whose steady phase begins `warmup` after the connect ramp.
    init(stations: Int, warmup: Duration = .zero) {
        state = Mutex(State(firstAttemptsPending: stations))
        self.warmup = warmup
    }

    func callSent(action: String) {
        state.withLock { $0.statistics.recordSent(action: action) }
    }

    func callEnded(_ outcome: CallOutcome, latency: Duration?, sendLag: Duration?) {
        state.withLock {
            $0.statistics.record(outcome, latency: latency, sendLag: sendLag, steadySecond: $0.steadySecond)
        }
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

    /// A station finished its first connection attempt, successful or not; the last one starts the warm-up.
    func firstConnectionAttemptEnded(at instant: ContinuousClock.Instant) {
        let warmup = self.warmup
        state.withLock { state in
            state.firstAttemptsPending -= 1
            if state.firstAttemptsPending == 0 { state.steadySince = instant + warmup }
        }
    }

    /// The statistics so far, and when the steady phase begins (nil while the ramp lasts).
    var snapshot: (statistics: SimulationStatistics, steadySince: ContinuousClock.Instant?) {
        state.withLock { ($0.statistics, $0.steadySince) }
    }
}
