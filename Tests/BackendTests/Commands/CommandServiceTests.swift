import Backend
import BackendClient
import Domain
import Testing

@Suite("CommandService")
struct CommandServiceTests {
    private static let anna = AgentLogin("anna.schmidt")

    @Test("a changing command is refused for want of a change order, and the refusal is logged with who asked and why")
    func changingCommandRefused() async throws {
        try await TestBackend.run { backend in
            let commands = backend.commands(over: backend.idleServer())
            let request = CommandRequest(
                station: TestFleet.station, command: .reset, payloadJSON: #"{"type": "Soft"}"#,
                reason: "Customer called: display frozen")
            let refusal = CommandRefusal.changeTicketRequired(command: .reset, station: TestFleet.station)
            await #expect(throws: BackendClientError.refused(refusal)) {
                try await commands.run(request, by: Self.anna)
            }

            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            let entry = try #require(log.first)
            #expect(log.count == 1)
            #expect(entry.command == .reset)
            #expect(entry.requestedBy == Self.anna)
            #expect(entry.reason == "Customer called: display frozen")
            #expect(entry.requestedAt == TestFleet.start)
            #expect(entry.outcome == .refused(reason: refusal.description))
            #expect(entry.answeredAt == TestFleet.start)
        }
    }

    @Test("a reading command for a station that is not connected is refused as offline, and logged")
    func readingCommandToOfflineStation() async throws {
        try await TestBackend.run { backend in
            let commands = backend.commands(over: backend.idleServer())
            let request = CommandRequest(
                station: TestFleet.station, command: .getConfiguration, payloadJSON: "{}",
                reason: "Check the heartbeat interval")
            let refusal = CommandRefusal.stationOffline(station: TestFleet.station)
            await #expect(throws: BackendClientError.refused(refusal)) {
                try await commands.run(request, by: Self.anna)
            }

            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.outcome) == [.refused(reason: refusal.description)])
            #expect(log.map(\.requestedBy) == [Self.anna])
        }
    }

    @Test("a command whose payload does not fit its schema is refused as invalid before anything is logged")
    func invalidPayload() async throws {
        try await TestBackend.run { backend in
            let commands = backend.commands(over: backend.idleServer())
            for payload in [#"{"type": "Sideways"}"#, "not json"] {
                let request = CommandRequest(
                    station: TestFleet.station, command: .reset, payloadJSON: payload,
                    reason: "Testing")
                await #expect {
                    try await commands.run(request, by: Self.anna)
                } throws: { error in
                    guard case BackendClientError.invalidRequest = error else { return false }
                    return true
                }
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.isEmpty)
        }
    }
}
