import Domain
import Foundation
import Testing

@Suite("Alarm lifecycle")
struct AlarmTests {
    typealias T = AlarmTimeline
    let agent = AgentLogin("mkeller")

    private func raised() -> Alarm {
        Alarm(id: AlarmID(5), draft: AlarmDraft(key: T.key(.connectorFaulted, connector: 1), raisedAt: T.at(100)))
    }

    @Test("a new alarm is raised, takes its kind's severity, and ages from now")
    func newAlarm() {
        let alarm = raised()
        #expect(alarm.state == .raised)
        #expect(alarm.severity == .major)
        #expect(alarm.count == 1)
        #expect(alarm.age(now: T.at(160)) == .seconds(60))
        #expect(alarm.age(now: T.at(50)) == .zero)
    }

    @Test("acknowledge then clear: an acknowledged alarm can still clear, and is then closed")
    func acknowledgeThenClear() throws {
        var alarm = raised()
        try alarm.acknowledge(by: agent, comment: "Techniker bestellt", at: T.at(200))
        #expect(alarm.state == .acknowledged)
        #expect(
            alarm.acknowledgement == AlarmAcknowledgement(agent: agent, comment: "Techniker bestellt", at: T.at(200)))
        alarm.clear(at: T.at(300))
        #expect(alarm.state == .closed)
        #expect(alarm.clearedAt == T.at(300))
    }

    @Test("clear then acknowledge: a cleared alarm waits for a person, and is closed once acknowledged")
    func clearThenAcknowledge() throws {
        var alarm = raised()
        alarm.clear(at: T.at(300))
        #expect(alarm.state == .cleared)
        try alarm.acknowledge(by: agent, comment: "Kunde informiert", at: T.at(400))
        #expect(alarm.state == .closed)
    }

    @Test("an alarm is acknowledged only once")
    func acknowledgedOnce() throws {
        var alarm = raised()
        try alarm.acknowledge(by: agent, comment: "übernommen", at: T.at(200))
        #expect(throws: AlarmRefusal.alreadyAcknowledged(AlarmID(5), by: agent)) {
            try alarm.acknowledge(by: AgentLogin("jbauer"), comment: "ich auch", at: T.at(210))
        }
    }

    @Test("an acknowledgement needs a comment", arguments: ["", "   ", "\n\t"])
    func commentRequired(comment: String) {
        var alarm = raised()
        #expect(throws: AlarmRefusal.commentMissing(AlarmID(5))) {
            try alarm.acknowledge(by: agent, comment: comment, at: T.at(200))
        }
        #expect(alarm.state == .raised)
    }

    @Test("an update counts on while raised and is ignored once cleared")
    func updates() {
        var alarm = raised()
        alarm.update(count: 2, facts: AlarmFacts(errorCode: .groundFailure))
        #expect(alarm.count == 2)
        #expect(alarm.facts.errorCode == .groundFailure)
        alarm.clear(at: T.at(300))
        alarm.update(count: 3, facts: AlarmFacts())
        #expect(alarm.count == 2)
    }

    @Test("clearing a cleared alarm keeps the first clear time")
    func clearTwice() {
        var alarm = raised()
        alarm.clear(at: T.at(300))
        alarm.clear(at: T.at(400))
        #expect(alarm.clearedAt == T.at(300))
    }

    @Test("severities order critical above major above minor above warning")
    func severityOrder() {
        #expect(AlarmSeverity.allCases.sorted(by: >) == [.critical, .major, .minor, .warning])
        #expect(AlarmKind.stationOffline.severity == .critical)
        #expect(AlarmKind.transactionOpenTooLong.severity == .warning)
    }
}
