import Backend
import BackendClient
import Domain
import Testing

@Suite("BackendAPI and InProcessBackendClient")
struct BackendAPITests {
    @Test("a station's overview shows its registration, identity and current connector states")
    func stationOverview() async throws {
        try await TestBackend.run { backend in
            let client = InProcessBackendClient(api: backend.api(over: backend.idleServer()))
            let identity = StationIdentity(vendor: "ABB", model: "Terra AC", serialNumber: nil, firmwareVersion: "1.8")
            _ = try await backend.committer.commit(.stationBooted(TestFleet.station, identity, at: TestFleet.start))
            let report = StatusReport(
                stationID: TestFleet.station, connector: 1, status: "Charging", errorCode: "NoError", info: nil,
                vendorID: nil, vendorErrorCode: nil, timestamp: TestFleet.start, receivedAt: TestFleet.start)
            _ = try await backend.committer.commit(.statusReported(report))

            let overview = try await client.station(TestFleet.station)
            #expect(
                overview
                    == StationOverview(
                        id: TestFleet.station, siteID: TestFleet.site, registration: .accepted, identity: identity,
                        isConnected: false, lastMessageAt: nil, connectors: [report]))
        }
    }

    @Test("an unknown station is reported as not found")
    func unknownStation() async throws {
        try await TestBackend.run { backend in
            let client = InProcessBackendClient(api: backend.api(over: backend.idleServer()))
            await #expect(throws: BackendClientError.stationNotFound(TestFleet.unknownStation)) {
                try await client.station(TestFleet.unknownStation)
            }
        }
    }

    @Test("reading the live configuration of a station that is not connected is refused as offline, and logged")
    func liveConfigurationOffline() async throws {
        try await TestBackend.run { backend in
            let client = InProcessBackendClient(api: backend.api(over: backend.idleServer()))
            await #expect(throws: BackendClientError.refused(.stationOffline(station: TestFleet.station))) {
                try await client.liveConfiguration(of: TestFleet.station, keys: [], as: AgentLogin("ben"))
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.command) == [.getConfiguration])
            #expect(log.map(\.requestedBy) == [AgentLogin("ben")])
        }
    }

    @Test("the open alarms are listed as summaries")
    func openAlarms() async throws {
        try await TestBackend.run { backend in
            let client = InProcessBackendClient(api: backend.api(over: backend.idleServer()))
            var events = backend.events.subscribe().makeAsyncIterator()
            await backend.alarms.observe(
                .statusReported(
                    connector: 2, status: .faulted, errorCode: .overCurrentFailure, info: nil, vendorErrorCode: nil),
                from: TestFleet.station, at: backend.clock.now())
            let alarm = try #require(await events.nextRaisedAlarm())
            #expect(try await client.openAlarms() == [AlarmSummary(alarm)])
        }
    }
}
