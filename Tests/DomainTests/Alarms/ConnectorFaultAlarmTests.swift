import Domain
import Foundation
import Testing

@Suite("Connector fault alarms")
struct ConnectorFaultAlarmTests {
    typealias T = AlarmTimeline

    private func report(
        _ monitor: inout StationMonitor, _ status: ConnectorStatus, _ errorCode: ConnectorErrorCode = .noError,
        connector: ConnectorNumber = 1, info: String? = nil, vendorErrorCode: String? = nil, at second: Double
    ) -> [AlarmAction] {
        monitor.handle(
            .statusReported(
                connector: connector, status: status, errorCode: errorCode, info: info,
                vendorErrorCode: vendorErrorCode),
            at: T.at(second))
    }

    @Test("a Faulted status with an error code raises a fault that keeps the station's text as sent")
    func faultRaised() {
        var monitor = T.bootedMonitor()
        let info = "Relais \u{1B}[31mK1\u{1B}[0m klebt"
        let actions = report(
            &monitor, .faulted, .groundFailure, connector: 2, info: info, vendorErrorCode: "E-0815", at: 500)
        let facts = AlarmFacts(errorCode: .groundFailure, vendorErrorCode: "E-0815", info: info, since: T.at(500))
        #expect(
            actions == [
                .raise(AlarmDraft(key: T.key(.connectorFaulted, connector: 2), facts: facts, raisedAt: T.at(500)))
            ])
        #expect(actions.first?.raisedKind?.severity == .major)
    }

    @Test("a status other than Faulted clears the connector's fault")
    func faultCleared() {
        var monitor = T.bootedMonitor()
        _ = report(&monitor, .faulted, .overCurrentFailure, at: 500)
        #expect(report(&monitor, .available, at: 600) == [.clear(T.key(.connectorFaulted, connector: 1))])
        #expect(report(&monitor, .available, at: 700).isEmpty)
    }

    @Test("Faulted with NoError is not a fault")
    func faultedWithNoError() {
        var monitor = T.bootedMonitor()
        #expect(report(&monitor, .faulted, .noError, at: 500).isEmpty)
        #expect(monitor.tick(now: T.at(501)).isEmpty)
    }

    @Test("a Faulted right after boot that recovers within the settle time raises nothing")
    func transientFaultAtBoot() {
        var monitor = T.bootedMonitor()
        #expect(report(&monitor, .faulted, .internalError, at: 5).isEmpty)
        #expect(monitor.nextDeadline == T.at(121))
        #expect(report(&monitor, .available, at: 40).isEmpty)
        #expect(monitor.tick(now: T.at(121)).isEmpty)
    }

    @Test("a Faulted right after boot that persists is raised when the settle time ends")
    func persistentFaultAtBoot() {
        var monitor = T.bootedMonitor()
        _ = report(&monitor, .faulted, .internalError, at: 5)
        _ = report(&monitor, .faulted, .highTemperature, info: "82 °C", at: 60)
        #expect(monitor.tick(now: T.at(120)).isEmpty)
        let facts = AlarmFacts(errorCode: .highTemperature, info: "82 °C", since: T.at(5))
        #expect(
            monitor.tick(now: T.at(121)) == [
                .raise(
                    AlarmDraft(key: T.key(.connectorFaulted, connector: 1), facts: facts, count: 2, raisedAt: T.at(121))
                )
            ])
    }

    @Test("a repeated Faulted counts as a repeat and carries the latest facts")
    func repeatedFault() {
        var monitor = T.bootedMonitor()
        _ = report(&monitor, .faulted, .groundFailure, at: 500)
        let facts = AlarmFacts(errorCode: .powerSwitchFailure, vendorErrorCode: "PS-2", since: T.at(500))
        #expect(
            report(&monitor, .faulted, .powerSwitchFailure, vendorErrorCode: "PS-2", at: 600) == [
                .update(T.key(.connectorFaulted, connector: 1), count: 2, facts: facts)
            ])
    }

    @Test("faults on two connectors are two alarms, each cleared on its own")
    func twoConnectors() {
        var monitor = T.bootedMonitor()
        #expect(report(&monitor, .faulted, .groundFailure, connector: 1, at: 500).count == 1)
        #expect(report(&monitor, .faulted, .readerFailure, connector: 0, at: 501).count == 1)
        #expect(report(&monitor, .available, connector: 1, at: 600) == [.clear(T.key(.connectorFaulted, connector: 1))])
        #expect(
            report(&monitor, .unavailable, connector: 0, at: 601) == [.clear(T.key(.connectorFaulted, connector: 0))])
    }
}
