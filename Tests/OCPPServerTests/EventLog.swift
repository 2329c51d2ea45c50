import Synchronization

/// A list of events a test can wait on: `first(where:)` returns a past match or waits for a future one.
final class EventLog<Event: Sendable>: Sendable {
    private struct Waiter {
        let id: Int
        let matches: @Sendable (Event) -> Bool
        let continuation: CheckedContinuation<Event?, Never>
    }

    private struct State {
        var events: [Event] = []
        var waiters: [Waiter] = []
        var lastWaiterID = 0
    }

    private let state = Mutex(State())

    init() {}

    /// Every event so far, oldest first.
    var events: [Event] {
        state.withLock { $0.events }
    }

    func append(_ event: Event) {
        let woken: [Waiter] = state.withLock { state in
            state.events.append(event)
            let woken = state.waiters.filter { $0.matches(event) }
            state.waiters.removeAll { $0.matches(event) }
            return woken
        }
        for waiter in woken { waiter.continuation.resume(returning: event) }
    }

    /// The first event that matches, waiting for it if need be; nil if the task is cancelled first.
    func first(where matches: @escaping @Sendable (Event) -> Bool) async -> Event? {
        let id = state.withLock { state in
            state.lastWaiterID += 1
            return state.lastWaiterID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let found: Event?? = state.withLock { state in
                    if let event = state.events.first(where: matches) { return .some(event) }
                    if Task.isCancelled { return .some(nil) }
                    state.waiters.append(Waiter(id: id, matches: matches, continuation: continuation))
                    return .none
                }
                if let found { continuation.resume(returning: found) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume(returning: nil)
        }
    }
}
