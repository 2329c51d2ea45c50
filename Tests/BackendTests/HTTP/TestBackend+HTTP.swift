import BackendClient
import Domain
import Hummingbird
import HummingbirdTLS
import ServiceLifecycle

@testable import Backend

extension TestBackend {
    /// Serves the API over a real socket on 127.0.0.1, on a port the system picks (`https` with `tls`), runs `body`
    /// with the running server, then shuts it down gracefully (unless `body` did) and waits until it stopped.
    @discardableResult
    func serveAPI<Result: Sendable>(
        tls: TLSFiles? = nil, keepAlive: Duration = APIRoutes.keepAliveInterval,
        _ body: (RunningAPI) async throws -> Result
    ) async throws -> Result {
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: APIRoutes.router(api: api(over: idleServer()), metrics: metrics, keepAliveInterval: keepAlive),
            server: try tls.map { try .tls(.http1(), tlsConfiguration: $0.serverConfiguration()) } ?? .http1(),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { announce.yield($0.localAddress?.port ?? 0) },
            logger: logger)
        let group = ServiceGroup(services: [application], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            defer { tasks.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            let running = RunningAPI(baseURL: "\(tls == nil ? "http" : "https")://127.0.0.1:\(port)", group: group)
            let result = try await body(running)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        }
    }

    /// Logs in over HTTP as one of `TestAccounts`' logins.
    func remoteClient(_ baseURL: String, as caller: Caller = TestCallers.anna) async throws -> any BackendClient {
        try await RemoteBackendGateway(baseURL: baseURL).login(
            userName: caller.userName, password: TestAccounts.password)
    }
}

/// The API served by `TestBackend.serveAPI`.
struct RunningAPI: Sendable {
    let baseURL: String
    let group: ServiceGroup

    /// Shuts the server down gracefully, as SIGTERM would; returns at once.
    func stop() async {
        await group.triggerGracefulShutdown()
    }
}
