import Logging
import Synchronization

/// Fans events out to every subscriber. Publishing never waits: a subscriber that falls behind loses its oldest
/// events, which are counted (`droppedEvents`) and reported in a warning at most once per `warningInterval`.
package final class EventBus<Event: Sendable>: Sendable {
    /// How many events a slow subscriber may have unread before the oldest are dropped.
    package let bufferSize: Int
    /// The least time between two warnings about dropped events.
    package let warningInterval: Duration
    private let logger: Logger?
    private let subscribers = Mutex<[Int: AsyncStream<Event>.Continuation]>([:])
    private let nextID = Atomic<Int>(0)
    private let drops = Mutex(Drops())

    private struct Drops {
        var total = 0
        var sinceWarning = 0
        var lastWarning: ContinuousClock.Instant?
    }

    package init(bufferSize: Int = 10_000, warningInterval: Duration = .seconds(10), logger: Logger? = nil) {
        self.bufferSize = bufferSize
        self.warningInterval = warningInterval
        self.logger = logger
    }

    /// A stream of every event published from now on; it ends when the subscriber stops iterating.
    package func subscribe() -> AsyncStream<Event> {
        let id = nextID.wrappingAdd(1, ordering: .relaxed).oldValue
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(bufferSize))
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    package func publish(_ event: Event) {
        let targets = subscribers.withLock { Array($0.values) }
        for target in targets {
            if case .dropped = target.yield(event) { noteDrop() }
        }
    }

    package var subscriberCount: Int { subscribers.withLock { $0.count } }

    /// Events dropped for subscribers that fell behind, since the bus was made.
    package var droppedEvents: Int { drops.withLock { $0.total } }

    private func noteDrop() {
        let now = ContinuousClock.now
        let warning = drops.withLock { drops -> Int? in
            drops.total += 1
            drops.sinceWarning += 1
            if let last = drops.lastWarning, now - last < warningInterval { return nil }
            drops.lastWarning = now
            defer { drops.sinceWarning = 0 }
            return drops.sinceWarning
        }
        guard let warning else { return }
        logger?.warning(
            "A subscriber fell more than \(bufferSize) events behind; \(warning) events were dropped for it, so what it shows may be out of date"
        )
    }
}
