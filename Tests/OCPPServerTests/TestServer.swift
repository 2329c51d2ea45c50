import InMemoryLogging
import Logging
import OCPPServer

/// Runs a real `OCPPServer` on 127.0.0.1 with a system-chosen port for the length of one test.
struct TestServer {
    let server: OCPPServer
    let port: Int
    let handler: FakeStationHandler
    let authenticator: FakeAuthenticator
    let logs: InMemoryLogHandler

    /// Starts the server, runs `body`, then cancels the server and waits until it has stopped.
    static func run<Result: Sendable>(
        messagesPerSecond: Double = 10_000,
        messageBurst: Int = 10_000,
        maximumMessageSize: Int = 64 * 1024,
        authenticator: FakeAuthenticator = FakeAuthenticator(),
        _ body: (TestServer) async throws -> Result
    ) async throws -> Result {
        let logs = InMemoryLogHandler()
        var logger = Logger(label: "ocpp-server-test") { _ in logs }
        logger.logLevel = .trace
        let handler = FakeStationHandler()
        let server = OCPPServer(
            configuration: OCPPServerConfiguration(
                host: "127.0.0.1",
                port: 0,
                maximumMessageSize: maximumMessageSize,
                messagesPerSecond: messagesPerSecond,
                messageBurst: messageBurst
            ),
            authenticator: authenticator,
            handler: handler,
            logger: logger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            defer { group.cancelAll() }
            let port = try await server.waitUntilListening()
            let result = try await body(
                TestServer(server: server, port: port, handler: handler, authenticator: authenticator, logs: logs)
            )
            group.cancelAll()
            try await group.waitForAll()
            return result
        }
    }
}
