import Accounts
import Backend
import BackendClient
import Domain
import Foundation
import OCPP
import ServiceLifecycleTestKit
import Storage
import Testing

/// The whole backend as `leitstand serve` runs it, on a database file and ports the system picks.
@Suite("LeitstandBackend", .timeLimit(.minutes(1)))
struct LeitstandBackendTests {
    @Test(
        "the backend serves a station over OCPP and an agent over HTTP, and on graceful shutdown keeps what it stored")
    func servesAndShutsDown() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leitstand-backend-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("leitstand.sqlite").path
        let seeded = try LeitstandDatabase.open(path: path)
        try await TestFleet.load(into: seeded)
        try await TestAccounts.create(in: AccountService(store: seeded, iterations: TestAccounts.iterations))
        try seeded.close()

        var settings = BackendConfiguration(databasePath: path)
        settings.ocppHost = "127.0.0.1"
        settings.ocppPort = 0
        settings.apiPort = 0
        let configuration = settings
        let (ports, announce) = AsyncStream.makeStream(of: LeitstandBackend.Ports.self)
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await LeitstandBackend.run(configuration, logger: TestBackend.quietLogger) {
                        announce.yield($0)
                    }
                }
                defer { group.cancelAll() }
                var announced = ports.makeAsyncIterator()
                let bound = try #require(await announced.next())
                let client = try await RemoteBackendGateway(baseURL: "http://127.0.0.1:\(bound.api)")
                    .login(userName: "anna", password: TestAccounts.password)

                try await TestStation.connect(
                    port: bound.ocpp, stationID: TestFleet.station.rawValue, password: TestFleet.password
                ) {
                    station in
                    let answer = try await station.call(
                        "BootNotification", #"{"chargePointVendor": "Alfen", "chargePointModel": "Eve Single"}"#)
                    guard case .callResult(let result) = answer else {
                        Issue.record("expected a CALLRESULT, got \(answer)")
                        return
                    }
                    #expect(result.payload.objectValue?["status"] == .string("Accepted"))
                    #expect(result.payload.objectValue?["interval"] == .integer(300))

                    let detail = try await client.stationDetail(TestFleet.station)
                    #expect(detail.station.identity?.vendor == "Alfen")
                    await #expect(
                        throws: BackendClientError.refused(
                            .changeTicketRequired(command: .reset, station: TestFleet.station))
                    ) {
                        try await client.run(
                            CommandRequest(
                                station: TestFleet.station, command: .reset, payloadJSON: #"{"type": "Hard"}"#,
                                reason: "Over HTTP"))
                    }
                }
                trigger.triggerGracefulShutdown()
                try await group.waitForAll()
            }
        }

        let reopened = try LeitstandDatabase.open(path: path)
        defer { try? reopened.close() }
        #expect(try await reopened.station(TestFleet.station)?.lastBootAt != nil)
        let log = try await reopened.commandLog(station: TestFleet.station, limit: 10)
        #expect(log.map(\.requestedBy) == [AgentLogin("anna")])
        let journal = try await reopened.journal(station: TestFleet.station, limit: 10)
        #expect(!journal.isEmpty)
    }
}
