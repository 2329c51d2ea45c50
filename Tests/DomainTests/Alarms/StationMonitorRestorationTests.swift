import Domain
import Foundation
import Testing

@Suite("Restoring a station's monitor at backend start")
struct StationMonitorRestorationTests {
    typealias T = AlarmTimeline

    private func stored(_ key: AlarmKey, count: Int = 1, since: Date? = nil) -> Alarm {
        Alarm(id: AlarmID(1), key: key, raisedAt: T.at(-1000), facts: AlarmFacts(since: since), count: count)
    }

    private func session(_ id: Int64, startedAt: Date, stopped: Bool = false) -> ChargingSession {
        let stop = SessionStop(meterStopWh: 10, stoppedAt: T.at(-10), reason: nil, idTag: nil, transactionDataJSON: nil)
        return ChargingSession(
            id: TransactionID(id), stationID: T.station, connector: 1, idTag: IdTag("04A1B2C3"), billing: nil,
            meterStartWh: 0, startedAt: startedAt, stop: stopped ? stop : nil)
    }

    @Test("a station that does not reconnect within the startup grace raises offline")
    func startupGrace() {
        var monitor = StationMonitor(stationID: T.station, restoring: .init(lastBootAt: T.at(-5000)), now: T.at(0))
        #expect(monitor.tick(now: T.at(299)).isEmpty)
        #expect(monitor.tick(now: T.at(300)).compactMap(\.raisedKind) == [.stationOffline])
    }

    @Test("a station that reconnects within the startup grace raises nothing, and need not boot")
    func reconnectAfterStartup() {
        var monitor = StationMonitor(stationID: T.station, restoring: .init(lastBootAt: T.at(-5000)), now: T.at(0))
        #expect(monitor.handle(.connected, at: T.at(100)).isEmpty)
        #expect(monitor.tick(now: T.at(600)).isEmpty)
    }

    @Test("a restored offline alarm clears when the station reconnects")
    func restoredOffline() {
        let restoring = StationMonitor.Restoration(activeAlarms: [stored(T.key(.stationOffline))])
        var monitor = StationMonitor(stationID: T.station, restoring: restoring, now: T.at(0))
        #expect(monitor.tick(now: T.at(400)).isEmpty)
        #expect(monitor.handle(.connected, at: T.at(500)) == [.clear(T.key(.stationOffline))])
    }

    @Test("a restored flapping alarm counts on from its stored count")
    func restoredFlapping() {
        let alarm = stored(T.key(.connectionFlapping), count: 7, since: T.at(-900))
        var monitor = StationMonitor(
            stationID: T.station, restoring: .init(activeAlarms: [alarm]), now: T.at(0))
        _ = monitor.handle(.connected, at: T.at(10))
        #expect(
            monitor.handle(.disconnected, at: T.at(20)) == [
                .update(T.key(.connectionFlapping), count: 8, facts: AlarmFacts(since: T.at(-900)))
            ])
    }

    @Test("a restored alarm for a transaction no longer open clears at the first tick")
    func staleTransactionAlarm() {
        let key = T.key(.transactionOpenTooLong, connector: 1, transaction: TransactionID(9))
        let restoring = StationMonitor.Restoration(
            openSessions: [session(9, startedAt: T.at(-100_000), stopped: true)], activeAlarms: [stored(key)])
        var monitor = StationMonitor(stationID: T.station, restoring: restoring, now: T.at(0))
        #expect(monitor.nextDeadline == T.at(0))
        #expect(monitor.tick(now: T.at(0)) == [.clear(key)])
        #expect(monitor.tick(now: T.at(1)).isEmpty)
    }

    @Test("a restored open transaction raises once it is open longer than the maximum")
    func restoredOpenTransaction() {
        let restoring = StationMonitor.Restoration(openSessions: [session(9, startedAt: T.at(-86_000))])
        var monitor = StationMonitor(stationID: T.station, restoring: restoring, now: T.at(0))
        _ = monitor.handle(.connected, at: T.at(1))
        _ = monitor.handle(.booted(heartbeatInterval: .seconds(300)), at: T.at(2))
        #expect(monitor.tick(now: T.at(399)).isEmpty)
        #expect(monitor.tick(now: T.at(400)).compactMap(\.raisedKind) == [.transactionOpenTooLong])
    }

    @Test("cleared alarms are not restored")
    func clearedNotRestored() {
        var alarm = stored(T.key(.stationOffline))
        alarm.clear(at: T.at(-10))
        var monitor = StationMonitor(stationID: T.station, restoring: .init(activeAlarms: [alarm]), now: T.at(0))
        #expect(monitor.handle(.connected, at: T.at(100)).isEmpty)
    }
}
