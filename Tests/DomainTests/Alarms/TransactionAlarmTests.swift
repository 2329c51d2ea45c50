import Domain
import Foundation
import Testing

@Suite("Transaction alarms")
struct TransactionAlarmTests {
    typealias T = AlarmTimeline
    let day = 24.0 * 3600

    @Test("a transaction open longer than the maximum raises an alarm that clears when it stops")
    func openTooLong() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.transactionStarted(TransactionID(7), connector: 2), at: T.at(100))
        for second in stride(from: 400.0, to: day + 200, by: 300) {
            _ = monitor.handle(.messageReceived, at: T.at(second))
        }
        #expect(monitor.tick(now: T.at(day + 99)).isEmpty)
        let key = T.key(.transactionOpenTooLong, connector: 2, transaction: TransactionID(7))
        #expect(
            monitor.tick(now: T.at(day + 100)) == [
                .raise(AlarmDraft(key: key, facts: AlarmFacts(since: T.at(100)), raisedAt: T.at(day + 100)))
            ])
        #expect(monitor.handle(.transactionStopped(TransactionID(7)), at: T.at(day + 200)) == [.clear(key)])
    }

    @Test("a transaction stopped in time raises nothing")
    func stoppedInTime() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.transactionStarted(TransactionID(7), connector: 1), at: T.at(100))
        #expect(monitor.handle(.transactionStopped(TransactionID(7)), at: T.at(3700)).isEmpty)
        #expect(monitor.nextDeadline == T.at(4300))
    }
}
