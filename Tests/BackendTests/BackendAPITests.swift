import Backend
import BackendClient
import Domain
import Testing

/// What each caller gets from `BackendAPI`: a customer sees its own stations, alarms, cards and sessions and learns
/// nothing of anyone else's; only staff send commands and acknowledge, under their own login.
@Suite("BackendAPI", .timeLimit(.minutes(1)))
struct BackendAPITests {
    private static let faulted = StationObservation.statusReported(
        connector: 1, status: .faulted, errorCode: .groundFailure, info: nil, vendorErrorCode: nil)

    @Test("a station's detail shows its row, owner, site, connectors and histories")
    func stationDetail() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            let report = StatusReport(
                stationID: TestFleet.station, connector: 1, status: "Charging", errorCode: "NoError", info: nil,
                vendorID: nil, vendorErrorCode: nil, timestamp: TestFleet.start, receivedAt: TestFleet.start)
            _ = try await backend.committer.commit(.statusReported(report))

            let detail = try await api.stationDetail(TestFleet.station, for: TestCallers.kunde)
            #expect(detail.station.id == TestFleet.station)
            #expect(detail.station.passwordHash == nil, "the station key's hash never leaves the backend")
            #expect(detail.row.customerName == "Stadtwerke Test")
            #expect(detail.site?.id == TestFleet.site)
            #expect(detail.customer?.id == TestFleet.customer)
            #expect(detail.connectors == [report])
            #expect(detail.statusHistory == [report])
            #expect(detail.openSessions.isEmpty && detail.commandLog.isEmpty && detail.alarmHistory.isEmpty)
        }
    }

    @Test("a customer asking for another customer's station is told it does not exist, as for an unknown one")
    func foreignStationIsNotFound() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            for station in [TestFleet.otherStation, TestFleet.unknownStation] {
                await #expect(throws: BackendClientError.stationNotFound(station)) {
                    try await api.stationDetail(station, for: TestCallers.kunde)
                }
            }
            let own = try await api.stationDetail(TestFleet.otherStation, for: TestCallers.anders)
            #expect(own.row.city == "Heilbronn")
            let staff = try await api.stationDetail(TestFleet.otherStation, for: TestCallers.anna)
            #expect(staff.station.siteID == TestFleet.otherSite)
        }
    }

    @Test("the fleet holds every station for staff and only its own for a customer")
    func fleetIsCutToTheCaller() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            #expect(api.fleet(for: TestCallers.anna).rows.count == 5)
            #expect(
                api.fleet(for: TestCallers.kunde).rows.map(\.id)
                    == [TestFleet.station, TestFleet.neighbour, TestFleet.rejectedStation])
            #expect(api.fleet(for: TestCallers.anders).rows.map(\.id) == [TestFleet.otherStation])
        }
    }

    @Test("a customer sees only the alarms of its own stations, and cannot acknowledge another's")
    func alarmsAreCutToTheCaller() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.otherStation, at: backend.clock.now())
            let alarm = try #require(await events.nextRaisedAlarm())

            #expect(await api.openAlarms(for: TestCallers.kunde).isEmpty)
            #expect(await api.openAlarms(for: TestCallers.anders) == [AlarmSummary(alarm)])
            #expect(await api.openAlarms(for: TestCallers.anna) == [AlarmSummary(alarm)])
            await #expect(throws: BackendClientError.notFound("Alarm \(alarm.id)")) {
                try await api.acknowledge(alarm.id, comment: "Not mine", by: TestCallers.kunde)
            }
            await #expect(throws: BackendClientError.forbidden("acknowledge alarms")) {
                try await api.acknowledge(alarm.id, comment: "Mine, but", by: TestCallers.anders)
            }
        }
    }

    @Test("an acknowledgement is recorded under the caller's login")
    func acknowledgementUnderCallersLogin() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            let alarm = try #require(await events.nextRaisedAlarm())

            let acknowledged = try await api.acknowledge(alarm.id, comment: "Technician sent", by: TestCallers.anna)
            #expect(acknowledged.acknowledgement?.agent == AgentLogin("anna"))
            #expect(try await backend.store.alarm(alarm.id)?.acknowledgement?.agent == AgentLogin("anna"))
            await #expect(
                throws: BackendClientError.invalidRequest("alarm \(alarm.id) was already acknowledged by anna.")
            ) {
                try await api.acknowledge(alarm.id, comment: "Again", by: TestCallers.anna)
            }
        }
    }

    @Test("a command is logged under the caller's login; a customer may send none, to its own stations or others'")
    func commandsUnderCallersLogin() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            let reset = CommandRequest(
                station: TestFleet.station, command: .reset, payloadJSON: #"{"type": "Soft"}"#, reason: "Frozen")
            await #expect(
                throws: BackendClientError.refused(.changeTicketRequired(command: .reset, station: TestFleet.station))
            ) {
                try await api.run(reset, by: TestCallers.anna)
            }
            await #expect(throws: BackendClientError.forbidden("send commands to stations")) {
                try await api.run(reset, by: TestCallers.kunde)
            }
            await #expect(throws: BackendClientError.stationNotFound(TestFleet.station)) {
                try await api.liveConfiguration(of: TestFleet.station, keys: [], for: TestCallers.anders)
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.requestedBy) == [AgentLogin("anna")])
        }
    }

    @Test("a customer sees its own card whole, and another customer's card not at all")
    func cardsAreCutToTheCaller() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            _ = try await backend.handle("Authorize", #"{"idTag": "CARD-OTHER"}"#, from: TestFleet.otherStation)

            let own = try await api.card(TestFleet.otherCard, for: TestCallers.anders)
            #expect(own.card?.holder == "Olga Anders")
            #expect(own.ownerName == "Autohaus Anders")
            #expect(own.authorizations.map(\.stationID) == [TestFleet.otherStation])
            await #expect(throws: BackendClientError.notFound("Card CARD-OTHER")) {
                try await api.card(TestFleet.otherCard, for: TestCallers.kunde)
            }
            let staff = try await api.card(TestFleet.otherCard, for: TestCallers.anna)
            #expect(staff.card?.customerID == TestFleet.otherCustomer)
        }
    }

    @Test("a customer sees a foreign card only as far as it was used at its own stations")
    func foreignCardAtOwnStations() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            _ = try await backend.handle("Authorize", #"{"idTag": "ROAMING-42"}"#, from: TestFleet.otherStation)
            _ = try await backend.handle("Authorize", #"{"idTag": "ROAMING-42"}"#, from: TestFleet.station)

            let seen = try await api.card(TestFleet.foreignCard, for: TestCallers.kunde)
            #expect(seen.card == nil)
            #expect(seen.authorizations.map(\.stationID) == [TestFleet.station])
            #expect(try await api.card(TestFleet.foreignCard, for: TestCallers.anna).authorizations.count == 2)
            await #expect(throws: BackendClientError.notFound("Card CARD-OK")) {
                try await api.card(TestFleet.knownCard, for: TestCallers.anders)
            }
        }
    }

    @Test("a session is shown with its meter readings to who may see its station, and not found to anyone else")
    func sessionsAreCutToTheCaller() async throws {
        try await TestBackend.run { backend in
            let api = backend.api(over: backend.idleServer())
            let started = try await backend.start(connector: 1, card: TestFleet.knownCard, meterStart: 1000)
            let id = TransactionID(Int64(started.transactionId))
            _ = try await backend.handle(
                "MeterValues",
                """
                {"connectorId": 1, "transactionId": \(id), "meterValue": [{"timestamp": "2026-01-01T00:05:00Z",
                 "sampledValue": [{"value": "1500", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]}]}
                """,
                from: TestFleet.station)

            let report = try await api.session(id, for: TestCallers.kunde)
            #expect(report.session.id == id)
            #expect(report.readings.map(\.energyWh) == [1500])
            await #expect(throws: BackendClientError.notFound("Session \(id)")) {
                try await api.session(id, for: TestCallers.anders)
            }
        }
    }
}
