import Backend
import Domain
import Foundation
import Testing

@Suite("AlarmService", .timeLimit(.minutes(1)))
struct AlarmServiceTests {
    private static let faulted = StationObservation.statusReported(
        connector: 1, status: .faulted, errorCode: .groundFailure, info: "RCD tripped", vendorErrorCode: "E-12")
    private static let available = StationObservation.statusReported(
        connector: 1, status: .available, errorCode: .noError, info: nil, vendorErrorCode: nil)
    private static let anna = AgentLogin("anna.schmidt")

    @Test("a Faulted status raises a connectorFaulted alarm that is stored and published")
    func faultRaisesAlarm() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            let alarm = try #require(await events.nextRaisedAlarm())
            #expect(alarm.key == AlarmKey(stationID: TestFleet.station, kind: .connectorFaulted, connector: 1))
            #expect(alarm.facts.errorCode == .groundFailure)
            #expect(alarm.facts.vendorErrorCode == "E-12")
            #expect(alarm.raisedAt == TestFleet.start)
            #expect(alarm.state == .raised)
            #expect(try await backend.store.openAlarms() == [alarm])
            #expect(await backend.alarms.openAlarms() == [alarm])
        }
    }

    @Test("an Available status clears the connector's alarm, in the store too")
    func availableClears() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            let raised = try #require(await events.nextRaisedAlarm())
            backend.clock.advance(by: .seconds(90))
            backend.alarms.observe(Self.available, from: TestFleet.station, at: backend.clock.now())
            let cleared = try #require(await events.nextChangedAlarm())
            #expect(cleared.id == raised.id)
            #expect(cleared.clearedAt == TestFleet.start.addingTimeInterval(90))
            #expect(cleared.state == .cleared)
            #expect(try await backend.store.alarm(raised.id) == cleared)
            // Cleared but not acknowledged: still open for the agents.
            #expect(await backend.alarms.openAlarms() == [cleared])
        }
    }

    @Test("an alarm is acknowledged once with a comment; a second acknowledgement is refused")
    func acknowledgeOnce() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            let raised = try #require(await events.nextRaisedAlarm())
            backend.clock.advance(by: .seconds(30))

            let acknowledged = try await backend.alarms.acknowledge(
                raised.id, by: Self.anna, comment: "Technician booked")
            #expect(
                acknowledged.acknowledgement
                    == AlarmAcknowledgement(
                        agent: Self.anna, comment: "Technician booked", at: TestFleet.start.addingTimeInterval(30)))
            #expect(acknowledged.state == .acknowledged)
            #expect(try #require(await events.nextChangedAlarm()) == acknowledged)
            #expect(try await backend.store.alarm(raised.id) == acknowledged)

            await #expect(throws: AlarmRefusal.alreadyAcknowledged(raised.id, by: Self.anna)) {
                try await backend.alarms.acknowledge(raised.id, by: AgentLogin("ben"), comment: "Me too")
            }
            #expect(try await backend.store.alarm(raised.id) == acknowledged)
        }
    }

    @Test("an acknowledgement without a comment is refused")
    func acknowledgeNeedsComment() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            let raised = try #require(await events.nextRaisedAlarm())
            await #expect(throws: AlarmRefusal.commentMissing(raised.id)) {
                try await backend.alarms.acknowledge(raised.id, by: Self.anna, comment: "  ")
            }
            #expect(try await backend.store.alarm(raised.id)?.isAcknowledged == false)
        }
    }

    @Test("a cleared and acknowledged alarm is closed and leaves the open alarms")
    func clearedAndAcknowledgedCloses() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            let raised = try #require(await events.nextRaisedAlarm())
            backend.alarms.observe(Self.available, from: TestFleet.station, at: backend.clock.now())
            _ = try #require(await events.nextChangedAlarm())
            let closed = try await backend.alarms.acknowledge(raised.id, by: Self.anna, comment: "Reset on site")
            #expect(closed.state == .closed)
            #expect(await backend.alarms.openAlarms().isEmpty)
            #expect(try await backend.store.openAlarms().isEmpty)
            await #expect(throws: AlarmLookupError.notOpen(raised.id)) {
                try await backend.alarms.acknowledge(raised.id, by: Self.anna, comment: "Again")
            }
        }
    }

    @Test("a Faulted status soon after a boot is raised only once the boot has settled")
    func faultDuringBootWaits() async throws {
        let settings = AlarmSettings(faultSettleAfterBoot: .seconds(120))
        try await TestBackend.run(alarmSettings: settings, tickInterval: .milliseconds(10)) { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(
                .booted(heartbeatInterval: .seconds(300)), from: TestFleet.station, at: backend.clock.now())
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            backend.clock.advance(by: .seconds(121))
            let alarm = try #require(await events.nextRaisedAlarm())
            #expect(alarm.key.kind == .connectorFaulted)
            // Raised by the tick after the settle time, not when the status came.
            #expect(alarm.raisedAt == TestFleet.start.addingTimeInterval(121))
        }
    }

    @Test("restore() takes up the stored open alarms, which then clear as usual")
    func restoreReloadsOpenAlarms() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            backend.alarms.observe(Self.faulted, from: TestFleet.station, at: backend.clock.now())
            let raised = try #require(await events.nextRaisedAlarm())

            // A backend restarted on the same store.
            let restartedEvents = EventBus<BackendEvent>()
            let restarted = AlarmService(
                settings: AlarmSettings(), store: backend.store, events: restartedEvents, clock: backend.clock,
                tickInterval: .seconds(3600), logger: TestBackend.quietLogger)
            await restarted.restore(
                stations: try await backend.store.stations(), openSessions: try await backend.store.openSessions(),
                openAlarms: try await backend.store.openAlarms())
            #expect(await restarted.openAlarms() == [raised])

            var restartedStream = restartedEvents.subscribe().makeAsyncIterator()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await restarted.run() }
                defer { group.cancelAll() }
                restarted.observe(Self.available, from: TestFleet.station, at: backend.clock.now())
                let cleared = try #require(await restartedStream.nextChangedAlarm())
                #expect(cleared.id == raised.id)
                #expect(cleared.isCleared)
            }
            #expect(try await backend.store.alarm(raised.id)?.isCleared == true)
        }
    }
}
