import OCPP
import OCPPServer
import Testing

@Suite("Outgoing calls", .timeLimit(.minutes(1)))
struct OutgoingCallTests {
    /// The server's connection for `stationID`, once the handler was told it opened.
    private static func connection(_ stationID: String, on server: TestServer) async throws -> StationConnection {
        _ = await server.handler.events.first { $0 == .opened(station: stationID, generation: 1) }
        return try #require(server.server.connection(for: stationID))
    }

    /// The error `send` threw, or nil if it returned.
    private static func failure(
        of connection: StationConnection,
        _ action: String,
        timeout: Duration
    ) async -> StationCallError? {
        do {
            _ = try await connection.send(action: action, payload: .object([:]), timeout: timeout)
            return nil
        } catch {
            return error as? StationCallError
        }
    }

    @Test("a call to the station returns the CALLRESULT the station answers with")
    func answered() async throws {
        try await TestServer.run { server in
            try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                let connection = try await Self.connection("CP-1", on: server)
                async let answer = connection.send(
                    action: "Reset",
                    payload: .object(["type": .string("Soft")]),
                    timeout: .seconds(30)
                )
                guard case .call(let call) = try await station.receiveOCPP() else {
                    Issue.record("expected a CALL")
                    return
                }
                #expect(call.action == "Reset")
                #expect(call.payload == .object(["type": .string("Soft")]))
                let result = CallResult(messageID: call.messageID, payload: .object(["status": .string("Accepted")]))
                try await station.send(.callResult(result))
                #expect(try await answer == .callResult(result))
            }
        }
    }

    @Test("a call the station leaves unanswered times out, and the next call goes out after it")
    func timesOut() async throws {
        try await TestServer.run { server in
            try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                let connection = try await Self.connection("CP-1", on: server)
                let error = await Self.failure(of: connection, "Reset", timeout: .milliseconds(100))
                #expect(error?.code == .timedOut)
                #expect(error?.action == "Reset")
                guard case .call(let ignored) = try await station.receiveOCPP() else { return }

                async let next = connection.send(
                    action: "UnlockConnector",
                    payload: .object([:]),
                    timeout: .seconds(30)
                )
                try await station.send(.callResult(CallResult(messageID: ignored.messageID, payload: .object([:]))))
                guard case .call(let call) = try await station.receiveOCPP() else { return }
                #expect(call.action == "UnlockConnector")
                let callError = CallError(messageID: call.messageID, code: .notSupported, description: "No.")
                try await station.send(.callError(callError))
                #expect(try await next == .callError(callError))
            }
        }
    }

    @Test("concurrent calls to one station go out one at a time, each after the previous answer")
    func oneOutstanding() async throws {
        try await TestServer.run { server in
            try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                let connection = try await Self.connection("CP-1", on: server)
                try await withThrowingTaskGroup(of: Frame.self) { group in
                    for action in ["A", "B", "C"] {
                        group.addTask {
                            try await connection.send(action: action, payload: .object([:]), timeout: .seconds(30))
                        }
                    }
                    for _ in 0..<3 {
                        guard case .call(let call) = try await station.receiveOCPP() else { return }
                        try await station.send(
                            .callResult(CallResult(messageID: call.messageID, payload: .object([:])))
                        )
                    }
                    try await group.waitForAll()
                }
                let directions = server.handler.journal.events.map(\.direction)
                #expect(directions == [.outgoing, .incoming, .outgoing, .incoming, .outgoing, .incoming])
            }
        }
    }
}
