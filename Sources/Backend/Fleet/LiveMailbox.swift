import BackendClient
import Domain
import Synchronization

/// One subscriber's queue of live updates: a newer update replaces an unread one about the same station or
/// alarm, and a queue that would grow past `capacity` is dropped for a single `.resync`.
///
/// Posting never waits, so a slow subscriber costs the board one dictionary write per update and never more than
/// `capacity` entries of memory.
final class LiveMailbox: Sendable {
    /// What an update is about; one unread update per key.
    enum Key: Hashable, Sendable {
        case station(StationID)
        case alarm(AlarmID)
    }

    private struct State: ~Copyable {
        var order: [Key] = []
        var head = 0
        var latest: [Key: LiveUpdate] = [:]
        var mustResync = false
        var isIdle = false
        var isFinished = false
        var waiter: CheckedContinuation<LiveDelivery, Never>?

        /// The next delivery that is ready, if any.
        mutating func take() -> LiveDelivery? {
            if let update = takeUpdate() { return .update(update) }
            if isFinished { return .finished }
            if isIdle {
                isIdle = false
                return .idle
            }
            return nil
        }

        /// The next unread update (a pending `.resync` first), if any.
        mutating func takeUpdate() -> LiveUpdate? {
            if mustResync {
                mustResync = false
                return .resync
            }
            while head < order.count {
                let key = order[head]
                head += 1
                if head == order.count || head >= 1024 {
                    order.removeFirst(head)
                    head = 0
                }
                if let update = latest.removeValue(forKey: key) { return update }
            }
            return nil
        }
    }

    /// Unread updates held before the queue is dropped for `.resync`.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Queues `update`, replacing an unread one with the same key.
    func post(_ update: LiveUpdate, as key: Key) {
        let (waiter, delivery) = state.withLock { state -> (CheckedContinuation<LiveDelivery, Never>?, LiveDelivery?) in
            guard !state.isFinished else { return (nil, nil) }
            if state.latest.updateValue(update, forKey: key) == nil {
                if state.latest.count > capacity {
                    state.order.removeAll()
                    state.head = 0
                    state.latest.removeAll()
                    state.mustResync = true
                } else {
                    state.order.append(key)
                }
            }
            return Self.wake(&state)
        }
        if let waiter, let delivery { waiter.resume(returning: delivery) }
    }

    /// Ends the subscription: a waiting reader gets `.finished`, and so does every later one once the queue is read.
    func finish() {
        let (waiter, delivery) = state.withLock { state in
            state.isFinished = true
            return Self.wake(&state)
        }
        if let waiter, let delivery { waiter.resume(returning: delivery) }
    }

    /// The next update, waiting for one; `.idle` when none came within `limit` (nil waits without limit).
    ///
    /// One reader at a time. Cancelling the reader finishes the subscription.
    func next(idleAfter limit: Duration?) async -> LiveDelivery {
        if let ready = state.withLock({ $0.take() }) { return ready }
        return await withTaskGroup(of: Void.self) { group in
            if let limit {
                group.addTask {
                    do { try await Task.sleep(for: limit) } catch { return }
                    self.idleTimeReached()
                }
            }
            let delivery = await withTaskCancellationHandler {
                await withCheckedContinuation { waiter in
                    let ready = state.withLock { state -> LiveDelivery? in
                        if let ready = state.take() { return ready }
                        state.waiter = waiter
                        return nil
                    }
                    if let ready { waiter.resume(returning: ready) }
                }
            } onCancel: {
                finish()
            }
            group.cancelAll()
            return delivery
        }
    }

    private func idleTimeReached() {
        let (waiter, delivery) = state.withLock { state in
            state.isIdle = true
            return Self.wake(&state)
        }
        if let waiter, let delivery { waiter.resume(returning: delivery) }
    }

    /// Up to `limit` updates that are ready now, oldest first, without waiting; empty when none is. The end of the
    /// subscription and an idle time are left for `next`.
    func ready(limit: Int) -> [LiveUpdate] {
        state.withLock { state in
            var updates: [LiveUpdate] = []
            while updates.count < limit, let update = state.takeUpdate() { updates.append(update) }
            return updates
        }
    }

    /// The waiting reader and what to give it, when one waits and something is ready; clears the waiter.
    private static func wake(_ state: inout State) -> (CheckedContinuation<LiveDelivery, Never>?, LiveDelivery?) {
        guard state.waiter != nil, let delivery = state.take() else { return (nil, nil) }
        defer { state.waiter = nil }
        return (state.waiter, delivery)
    }
}
