import Domain
import Foundation
import Testing

@Suite("Boot alarms")
struct BootAlarmTests {
    typealias T = AlarmTimeline

    private func boot(_ monitor: inout StationMonitor, at second: Double) -> [AlarmAction] {
        monitor.handle(.booted(heartbeatInterval: .seconds(300)), at: T.at(second))
    }

    @Test("three boots within ten minutes raise one boot-loop alarm, and later boots count on")
    func bootLoop() {
        var monitor = T.connectedMonitor()
        #expect(boot(&monitor, at: 0).isEmpty)
        #expect(boot(&monitor, at: 200).isEmpty)
        let facts = AlarmFacts(since: T.at(0))
        #expect(
            boot(&monitor, at: 400) == [
                .raise(AlarmDraft(key: T.key(.bootLoop), facts: facts, count: 3, raisedAt: T.at(400)))
            ])
        #expect(boot(&monitor, at: 600) == [.update(T.key(.bootLoop), count: 4, facts: facts)])
    }

    @Test("the boot-loop window slides: boots six minutes apart never make three in ten minutes")
    func bootLoopWindowSlides() {
        var monitor = T.connectedMonitor()
        for second in [0.0, 360, 720, 1080] {
            #expect(boot(&monitor, at: second).isEmpty)
        }
        let facts = AlarmFacts(since: T.at(720))
        #expect(
            boot(&monitor, at: 1200) == [
                .raise(AlarmDraft(key: T.key(.bootLoop), facts: facts, count: 3, raisedAt: T.at(1200)))
            ])
    }

    @Test("boots exactly a window apart still fall within it")
    func bootLoopWindowInclusive() {
        var monitor = T.connectedMonitor()
        #expect(boot(&monitor, at: 0).isEmpty)
        #expect(boot(&monitor, at: 300).isEmpty)
        #expect(boot(&monitor, at: 600).compactMap(\.raisedKind) == [.bootLoop])
    }

    @Test("a boot loop clears once a whole window passes without a boot")
    func bootLoopClears() {
        var monitor = T.connectedMonitor()
        for second in [0.0, 100, 200] { _ = boot(&monitor, at: second) }
        _ = monitor.handle(.messageReceived, at: T.at(500))
        #expect(monitor.tick(now: T.at(799)).isEmpty)
        #expect(monitor.tick(now: T.at(800)) == [.clear(T.key(.bootLoop))])
    }

    @Test("a station that connects and never sends BootNotification raises an alarm, and its boot clears it")
    func bootNotificationMissing() {
        var monitor = T.connectedMonitor()
        _ = monitor.handle(.messageReceived, at: T.at(200))
        #expect(monitor.tick(now: T.at(299)).isEmpty)
        #expect(
            monitor.tick(now: T.at(300)) == [
                .raise(AlarmDraft(key: T.key(.bootNotificationMissing), raisedAt: T.at(300)))
            ])
        #expect(boot(&monitor, at: 400) == [.clear(T.key(.bootNotificationMissing))])
    }

    @Test("a station that boots within the delay raises nothing")
    func bootInTime() {
        var monitor = T.connectedMonitor()
        #expect(boot(&monitor, at: 30).isEmpty)
        #expect(monitor.tick(now: T.at(300)).isEmpty)
    }

    @Test("a station seen booting need not boot again after a network drop")
    func reconnectWithoutBoot() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.disconnected, at: T.at(100))
        _ = monitor.handle(.connected, at: T.at(110))
        #expect(monitor.tick(now: T.at(500)).isEmpty)
    }

    @Test("a dropped station is not expected to boot until it reconnects")
    func noBootExpectedWhileDropped() {
        var monitor = T.connectedMonitor()
        _ = monitor.handle(.disconnected, at: T.at(10))
        #expect(monitor.tick(now: T.at(300)).compactMap(\.raisedKind) == [.stationOffline])
        _ = monitor.handle(.connected, at: T.at(400))
        #expect(monitor.tick(now: T.at(699)).isEmpty)
        #expect(monitor.tick(now: T.at(700)).compactMap(\.raisedKind) == [.bootNotificationMissing])
    }
}
