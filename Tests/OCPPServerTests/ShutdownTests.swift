import Logging
import OCPPServer
import Testing

@Suite("Shutdown", .timeLimit(.minutes(1)))
struct ShutdownTests {
    /// Lets nobody in, and takes until its task is cancelled to say so.
    struct StallingAuthenticator: StationAuthenticator {
        let asked = EventLog<String>()

        func authenticate(_ request: ConnectionRequest) async -> ConnectionDecision {
            asked.append(request.stationID)
            // Ends early, without an error worth keeping, when the server cancels the handshake.
            try? await Task.sleep(for: .seconds(3600))
            return .reject(.unauthorized)
        }
    }

    private static func makeServer(
        authenticator: any StationAuthenticator,
        handler: FakeStationHandler
    ) -> OCPPServer {
        OCPPServer(
            configuration: OCPPServerConfiguration(host: "127.0.0.1", port: 0),
            authenticator: authenticator,
            handler: handler,
            logger: Logger(label: "ocpp-server-test")
        )
    }

    @Test("cancelling the server closes a connected station with 1001 and reports a shutdown")
    func closesStations() async throws {
        let handler = FakeStationHandler()
        let server = Self.makeServer(authenticator: FakeAuthenticator(), handler: handler)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            let port = try await server.waitUntilListening()
            let code = try await TestStation.connect(port: port, stationID: "CP-1") { station in
                _ = await handler.events.first { $0 == .opened(station: "CP-1", generation: 1) }
                group.cancelAll()
                return try await station.receiveClose()
            }
            #expect(code == 1001)
            try await group.waitForAll()
        }
        #expect(handler.events.events.last == .closed(station: "CP-1", generation: 1, reason: .serverShutdown))
    }

    @Test("cancelling the server while a handshake awaits the authenticator stops it without an answer")
    func stopsDuringHandshake() async throws {
        let authenticator = StallingAuthenticator()
        let server = Self.makeServer(authenticator: authenticator, handler: FakeStationHandler())
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            let port = try await server.waitUntilListening()
            async let response = HTTPProbe.send(
                HTTPProbe.handshake(path: "/ocpp/CP-1", subprotocols: "ocpp1.6"),
                port: port
            )
            _ = await authenticator.asked.first { $0 == "CP-1" }
            group.cancelAll()
            try await group.waitForAll()
            #expect(try await response.text == "")
        }
    }
}
