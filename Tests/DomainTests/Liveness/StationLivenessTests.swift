import Domain
import Foundation
import Testing

@Suite("Station liveness")
struct StationLivenessTests {
    typealias T = AlarmTimeline

    @Test("the silence limit is the heartbeat interval times the grace factor")
    func silenceLimit() {
        let rule = OfflineRule(heartbeatInterval: .seconds(300), graceFactor: 2)
        #expect(rule.silenceLimit == .seconds(600))
        #expect(rule.offlineAt(lastMessageAt: T.at(100)) == T.at(700))
        #expect(!rule.isSilent(lastMessageAt: T.at(100), now: T.at(699)))
        #expect(rule.isSilent(lastMessageAt: T.at(100), now: T.at(700)))
    }

    @Test("a connected station whose messages keep coming stays online")
    func onlineWhileMessagesArrive() {
        var monitor = T.bootedMonitor()
        for second in stride(from: 300.0, through: 3000, by: 300) {
            _ = monitor.handle(.messageReceived, at: T.at(second))
            #expect(monitor.liveness.isOnline(now: T.at(second + 599)))
        }
        #expect(monitor.liveness.lastMessageAt == T.at(3000))
        #expect(monitor.liveness.offlineSince(now: T.at(3599)) == nil)
    }

    @Test("a connected station silent for heartbeat interval × grace factor is offline since its last message")
    func offlineAfterHeartbeatTimesGrace() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.messageReceived, at: T.at(100))
        #expect(monitor.liveness.isOnline(now: T.at(699)))
        #expect(!monitor.liveness.isOnline(now: T.at(700)))
        #expect(monitor.liveness.offlineSince(now: T.at(700)) == T.at(100))
        #expect(monitor.liveness.silenceDeadline == T.at(700))
    }

    @Test("a dropped station is offline since the drop, before any alarm")
    func offlineSinceDrop() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.disconnected, at: T.at(50))
        #expect(!monitor.liveness.isConnected)
        #expect(!monitor.liveness.isOnline(now: T.at(51)))
        #expect(monitor.liveness.offlineSince(now: T.at(51)) == T.at(50))
        #expect(monitor.liveness.silenceDeadline == nil)
    }

    @Test("the heartbeat interval given at boot moves the silence deadline")
    func bootIntervalSetsDeadline() {
        var monitor = T.connectedMonitor()
        _ = monitor.handle(.booted(heartbeatInterval: .seconds(60)), at: T.at(10))
        #expect(monitor.liveness.silenceDeadline == T.at(130))
        _ = monitor.handle(.heartbeatIntervalChanged(.seconds(900)), at: T.at(20))
        #expect(monitor.liveness.silenceDeadline == T.at(1820))
    }

    @Test("a zero heartbeat interval falls back to the default interval")
    func zeroIntervalUsesDefault() {
        var monitor = T.connectedMonitor()
        _ = monitor.handle(.booted(heartbeatInterval: .zero), at: T.at(10))
        #expect(monitor.liveness.rule.heartbeatInterval == .seconds(300))
    }

    @Test("a message handled after its connection closed is no sign of life")
    func messageAfterDropIgnored() {
        var monitor = T.bootedMonitor()
        _ = monitor.handle(.disconnected, at: T.at(50))
        _ = monitor.handle(.messageReceived, at: T.at(51))
        #expect(monitor.liveness.lastMessageAt == T.at(1))
        #expect(monitor.liveness.offlineSince(now: T.at(52)) == T.at(50))
    }
}
