import Synchronization

/// Hands the API's bound port from the HTTP server's start-up callback to whoever waits for it.
final class PortRelay: Sendable {
    private let state = Mutex<(port: Int?, waiters: [CheckedContinuation<Int, Never>])>((nil, []))

    func announce(_ port: Int) {
        let waiters = state.withLock { state in
            state.port = port
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: port) }
    }

    func port() async -> Int {
        await withCheckedContinuation { waiter in
            let known = state.withLock { state -> Int? in
                if let port = state.port { return port }
                state.waiters.append(waiter)
                return nil
            }
            if let known { waiter.resume(returning: known) }
        }
    }
}
