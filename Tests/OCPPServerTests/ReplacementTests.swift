import OCPP
import OCPPServer
import Testing

@Suite("Replacement", .timeLimit(.minutes(1)))
struct ReplacementTests {
    @Test("a second connection with the same station id replaces the first cleanly")
    func replaced() async throws {
        try await TestServer.run { server in
            let events = server.handler.events
            try await TestStation.connect(port: server.port, stationID: "CP-1") { first in
                _ = await events.first { $0 == .opened(station: "CP-1", generation: 1) }
                let old = try #require(server.server.connection(for: "CP-1"))
                async let pending = Self.failure(of: old)
                _ = try await first.receiveOCPP()

                try await TestStation.connect(port: server.port, stationID: "CP-1") { second in
                    #expect(try await first.receiveClose() == 1000)
                    _ = await events.first { if case .opened(_, let generation) = $0 { generation > 1 } else { false } }
                    let current = try #require(server.server.connection(for: "CP-1"))
                    #expect(current.generation > old.generation)
                    #expect(server.server.connectedCount == 1)
                    #expect(
                        events.events == [
                            .opened(station: "CP-1", generation: old.generation),
                            .closed(station: "CP-1", generation: old.generation, reason: .replaced),
                            .opened(station: "CP-1", generation: current.generation),
                        ]
                    )
                    #expect(await Self.failure(of: old)?.closeReason == .replaced)

                    try await second.send(.call(Call(messageID: "m-1", action: "Heartbeat", payload: .object([:]))))
                    guard case .callResult(let result) = try await second.receiveOCPP() else {
                        Issue.record("expected a CALLRESULT on the new connection")
                        return
                    }
                    #expect(result.messageID == "m-1")
                }
                let error = await pending
                #expect(error?.code == .disconnected)
                #expect(error?.closeReason == .replaced)
            }
        }
    }

    /// The error a call on `connection` ends with; nil if it was answered.
    private static func failure(of connection: StationConnection) async -> StationCallError? {
        do {
            _ = try await connection.send(action: "Reset", payload: .object([:]), timeout: .seconds(30))
            return nil
        } catch {
            return error as? StationCallError
        }
    }
}
