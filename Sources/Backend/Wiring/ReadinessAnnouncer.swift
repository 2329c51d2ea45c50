import OCPPServer
import ServiceLifecycle
import Synchronization

/// Tells the caller the bound ports once the OCPP server and the API both listen, then idles until shutdown.
struct ReadinessAnnouncer: Service {
    let server: OCPPServer
    let apiPort: PortRelay
    let ready: @Sendable (LeitstandBackend.Ports) -> Void

    func run() async throws {
        let ocpp = try await server.waitUntilListening()
        let api = await apiPort.port()
        ready(LeitstandBackend.Ports(ocpp: ocpp, api: api))
        try? await gracefulShutdown()
    }
}

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
