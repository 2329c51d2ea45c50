import Synchronization

/// The port the server bound, told once to any number of waiters.
final class PortAnnouncement: Sendable {
    private enum State {
        case waiting([CheckedContinuation<Int, any Error>])
        case announced(Result<Int, any Error>)
    }

    private let state = Mutex(State.waiting([]))

    init() {}

    /// Tells every waiter, now and later, the bound port or why binding failed. Only the first call counts.
    func announce(_ result: Result<Int, any Error>) {
        let waiters: [CheckedContinuation<Int, any Error>] = state.withLock { state in
            guard case .waiting(let waiters) = state else { return [] }
            state = .announced(result)
            return waiters
        }
        for waiter in waiters { waiter.resume(with: result) }
    }

    /// The bound port; waits until `announce(_:)` was called, and throws its error.
    func port() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let result: Result<Int, any Error>? = state.withLock { state in
                switch state {
                case .waiting(let waiters):
                    state = .waiting(waiters + [continuation])
                    return nil
                case .announced(let result):
                    return result
                }
            }
            if let result { continuation.resume(with: result) }
        }
    }
}
