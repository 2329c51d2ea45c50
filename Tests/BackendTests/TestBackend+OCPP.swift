import Backend
import OCPPServer

extension TestBackend {
    /// Serves OCPP on 127.0.0.1, on a port the system picks, through this backend's `StationAccess` and
    /// `StationGateway`; runs `body` with the server and its port, then stops the server.
    @discardableResult
    func serveOCPP<Result: Sendable>(
        unknownStations: UnknownStationPolicy = .reject, _ body: (OCPPServer, Int) async throws -> Result
    ) async throws -> Result {
        let server = OCPPServer(
            configuration: OCPPServerConfiguration(
                host: "127.0.0.1", port: 0, messagesPerSecond: 10_000, messageBurst: 10_000),
            authenticator: stationAccess(policy: unknownStations), handler: gateway(), logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            defer { group.cancelAll() }
            let port = try await server.waitUntilListening()
            let result = try await body(server, port)
            group.cancelAll()
            try await group.waitForAll()
            return result
        }
    }
}
