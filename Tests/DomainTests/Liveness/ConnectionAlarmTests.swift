import Domain
import Foundation
import Testing

@Suite("Offline and flapping alarms")
struct ConnectionAlarmTests {
    typealias T = AlarmTimeline

    @Test("a drop that reconnects within the grace raises nothing")
    func reconnectWithinGrace() {
        var monitor = T.bootedMonitor()
        #expect(monitor.handle(.disconnected, at: T.at(100)).isEmpty)
        #expect(monitor.tick(now: T.at(159)).isEmpty)
        #expect(monitor.handle(.connected, at: T.at(159)).isEmpty)
        #expect(monitor.tick(now: T.at(161)).isEmpty)
        #expect(monitor.tick(now: T.at(400)).isEmpty)
    }

    @Test("a drop longer than the grace raises station offline, and reconnecting clears it")
    func offlineAfterGraceThenCleared() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.disconnected, at: T.at(100))
        #expect(monitor.nextDeadline == T.at(160))
        #expect(monitor.tick(now: T.at(159)).isEmpty)
        let facts = AlarmFacts(offlineCause: .disconnected, since: T.at(100))
        #expect(
            monitor.tick(now: T.at(160)) == [
                .raise(AlarmDraft(key: T.key(.stationOffline), facts: facts, raisedAt: T.at(160)))
            ])
        #expect(monitor.tick(now: T.at(500)).isEmpty)
        #expect(monitor.handle(.connected, at: T.at(900)) == [.clear(T.key(.stationOffline))])
    }

    @Test("a connected station silent beyond heartbeat × grace raises offline, and its next message clears it")
    func silentStation() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.messageReceived, at: T.at(100))
        #expect(monitor.tick(now: T.at(699)).isEmpty)
        let facts = AlarmFacts(offlineCause: .silent, since: T.at(100))
        #expect(
            monitor.tick(now: T.at(700)) == [
                .raise(AlarmDraft(key: T.key(.stationOffline), facts: facts, raisedAt: T.at(700)))
            ])
        #expect(monitor.handle(.messageReceived, at: T.at(800)) == [.clear(T.key(.stationOffline))])
    }

    @Test("a station that flaps gets one alarm that counts the drops")
    func flappingCountsDrops() {
        var monitor = T.bootedMonitor()
        var actions: [AlarmAction] = []
        for drop in 0..<5 {
            let second = 100 + Double(drop) * 120
            actions += monitor.handle(.disconnected, at: T.at(second))
            actions += monitor.tick(now: T.at(second + 30))
            actions += monitor.handle(.connected, at: T.at(second + 30))
        }
        let facts = AlarmFacts(since: T.at(100))
        #expect(
            actions == [
                .raise(AlarmDraft(key: T.key(.connectionFlapping), facts: facts, count: 3, raisedAt: T.at(340))),
                .update(T.key(.connectionFlapping), count: 4, facts: facts),
                .update(T.key(.connectionFlapping), count: 5, facts: facts),
            ])
    }

    @Test("drops spread wider than the flap window raise nothing")
    func sparseDropsDoNotFlap() {
        var monitor = T.bootedMonitor()
        var actions: [AlarmAction] = []
        for drop in 0..<6 {
            let second = 100 + Double(drop) * 500
            actions += monitor.handle(.disconnected, at: T.at(second))
            actions += monitor.handle(.connected, at: T.at(second + 10))
            actions += monitor.handle(.messageReceived, at: T.at(second + 20))
            actions += monitor.tick(now: T.at(second + 30))
        }
        #expect(actions.isEmpty)
    }

    @Test("a flapping alarm clears after the settle time without drops")
    func flappingSettles() {
        var monitor = T.bootedMonitor()
        for second in [100.0, 200, 300] {
            _ = monitor.handle(.disconnected, at: T.at(second))
            _ = monitor.handle(.connected, at: T.at(second + 5))
        }
        for second in [800.0, 1400, 2000] { _ = monitor.handle(.messageReceived, at: T.at(second)) }
        #expect(monitor.tick(now: T.at(2099)).isEmpty)
        #expect(monitor.tick(now: T.at(2100)) == [.clear(T.key(.connectionFlapping))])
    }

    @Test("while a station flaps, a drop raises offline only after the flapping delay")
    func flappingOfflineDelay() {
        var monitor = T.bootedMonitor()
        for second in [100.0, 200, 300] {
            _ = monitor.handle(.disconnected, at: T.at(second))
            _ = monitor.handle(.connected, at: T.at(second + 5))
        }
        _ = monitor.handle(.disconnected, at: T.at(400))
        #expect(monitor.tick(now: T.at(460)).compactMap(\.raisedKind).isEmpty)
        #expect(monitor.tick(now: T.at(1000)).compactMap(\.raisedKind) == [.stationOffline])
    }

    @Test("a second disconnect without a connect in between is not a second drop")
    func duplicateDisconnect() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.disconnected, at: T.at(100))
        _ = monitor.handle(.disconnected, at: T.at(110))
        _ = monitor.handle(.disconnected, at: T.at(120))
        #expect(monitor.tick(now: T.at(160)).compactMap(\.raisedKind) == [.stationOffline])
    }

    @Test("a station never connected raises no offline alarm")
    func neverConnected() {
        var monitor = StationMonitor(stationID: T.station, now: T.at(0))
        #expect(monitor.nextDeadline == nil)
        #expect(monitor.tick(now: T.at(100_000)).isEmpty)
    }
}

extension AlarmAction {
    /// The kind of a raised alarm; nil for other actions.
    var raisedKind: AlarmKind? {
        if case .raise(let draft) = self { draft.key.kind } else { nil }
    }
}
