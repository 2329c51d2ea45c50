import Domain
import Foundation
import Storage
import Testing

@Suite("Alarms")
struct LeitstandDatabaseAlarmsTests {
    private static func faultDraft(_ station: StationID, at seconds: Double) -> AlarmDraft {
        AlarmDraft(
            key: AlarmKey(stationID: station, kind: .connectorFaulted, connector: 2),
            facts: AlarmFacts(
                errorCode: .groundFailure, vendorErrorCode: "E-17", info: "RCD tripped", since: Fixture.at(seconds)),
            raisedAt: Fixture.at(seconds))
    }

    @Test("a raised alarm comes back as raised, with its key and facts")
    func insertAndRead() async throws {
        let database = try await Fixture.seededDatabase()
        let draft = Self.faultDraft(Fixture.cp1, at: 0)
        let id = try await database.insertAlarm(draft)
        #expect(try await database.alarm(id) == Alarm(id: id, draft: draft))
        #expect(try await database.openAlarms() == [Alarm(id: id, draft: draft)])
    }

    @Test("clearing and acknowledging are stored, and a closed alarm leaves the open ones but stays in the history")
    func lifecycle() async throws {
        let database = try await Fixture.seededDatabase()
        let offline = AlarmDraft(
            key: AlarmKey(stationID: Fixture.cp1, kind: .stationOffline),
            facts: AlarmFacts(offlineCause: .silent, since: Fixture.at(0)), raisedAt: Fixture.at(60))
        var first = Alarm(id: try await database.insertAlarm(offline), draft: offline)
        let second = Alarm(
            id: try await database.insertAlarm(Self.faultDraft(Fixture.cp1, at: 120)),
            draft: Self.faultDraft(Fixture.cp1, at: 120))

        first.update(count: 3, facts: AlarmFacts(offlineCause: .disconnected, since: Fixture.at(0)))
        first.clear(at: Fixture.at(300))
        try await database.updateAlarm(first)
        #expect(try await database.alarm(first.id)?.state == .cleared)
        #expect(try await database.openAlarms() == [first, second])

        try first.acknowledge(by: AgentLogin("anna"), comment: "Router beim Kunden neu gestartet", at: Fixture.at(400))
        try await database.updateAlarm(first)
        #expect(try await database.alarm(first.id) == first)
        #expect(try await database.openAlarms() == [second])
        #expect(try await database.alarmHistory(station: Fixture.cp1, limit: 10) == [second, first])
        #expect(try await database.alarmHistory(station: Fixture.cp1, limit: 1) == [second])
        #expect(try await database.alarmHistory(station: Fixture.cp2, limit: 10).isEmpty)
    }

    @Test("updating an alarm that is not stored fails with a sentence")
    func updateUnknown() async throws {
        let database = try await Fixture.seededDatabase()
        let ghost = Alarm(id: AlarmID(42), draft: Self.faultDraft(Fixture.cp1, at: 0))
        await #expect(throws: StoreFailure("Alarm 42 was not updated: no such alarm is stored.")) {
            try await database.updateAlarm(ghost)
        }
    }
}
