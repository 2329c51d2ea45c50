import Synchronization

/// Fans events out to every subscriber. Publishing never waits: a subscriber that falls behind loses its oldest events.
package final class EventBus<Event: Sendable>: Sendable {
    /// How many events a slow subscriber may have unread before the oldest are dropped.
    package let bufferSize: Int
    private let subscribers = Mutex<[Int: AsyncStream<Event>.Continuation]>([:])
    private let nextID = Atomic<Int>(0)

    package init(bufferSize: Int = 10_000) {
        self.bufferSize = bufferSize
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
        for target in targets { target.yield(event) }
    }

    package var subscriberCount: Int { subscribers.withLock { $0.count } }
}
