import Domain
import Foundation
import Testing

@Suite("Fleet monitor")
struct FleetMonitorTests {
    typealias T = AlarmTimeline

    private func id(_ number: Int) -> StationID { StationID("CP-\(number)")! }

    @Test("an observation from an unknown station starts tracking it")
    func tracksOnFirstObservation() {
        var fleet = FleetMonitor()
        #expect(fleet.handle(.connected, from: id(1), at: T.at(0)).isEmpty)
        #expect(fleet.stationCount == 1)
        #expect(fleet[id(1)]?.liveness.isConnected == true)
    }

    @Test("a tick raises offline only for the stations that are due, earliest first")
    func tickRaisesDueStations() {
        var fleet = FleetMonitor()
        for number in 1...5 {
            _ = fleet.handle(.connected, from: id(number), at: T.at(0))
            _ = fleet.handle(.booted(heartbeatInterval: .seconds(300)), from: id(number), at: T.at(1))
        }
        _ = fleet.handle(.disconnected, from: id(4), at: T.at(20))
        _ = fleet.handle(.disconnected, from: id(2), at: T.at(10))
        #expect(fleet.tick(now: T.at(69)).isEmpty)
        let raised = fleet.tick(now: T.at(80)).compactMap { action -> AlarmKey? in
            if case .raise(let draft) = action { draft.key } else { nil }
        }
        #expect(
            raised == [
                AlarmKey(stationID: id(2), kind: .stationOffline), AlarmKey(stationID: id(4), kind: .stationOffline),
            ])
        #expect(fleet.tick(now: T.at(81)).isEmpty)
    }

    @Test("among 10,000 chatty stations a tick finds the one that went silent")
    func largeFleet() {
        var fleet = FleetMonitor()
        for number in 0..<10_000 {
            _ = fleet.handle(.connected, from: id(number), at: T.at(0))
            _ = fleet.handle(.booted(heartbeatInterval: .seconds(300)), from: id(number), at: T.at(0))
        }
        for number in 0..<10_000 where number != 4711 {
            _ = fleet.handle(.messageReceived, from: id(number), at: T.at(300))
        }
        #expect(fleet.tick(now: T.at(599)).isEmpty)
        let facts = AlarmFacts(offlineCause: .silent, since: T.at(0))
        let offline = AlarmDraft(
            key: AlarmKey(stationID: id(4711), kind: .stationOffline), facts: facts, raisedAt: T.at(600))
        #expect(fleet.tick(now: T.at(600)) == [.raise(offline)])
        #expect(fleet.tick(now: T.at(601)).isEmpty)
    }

    @Test("a forgotten station raises nothing more")
    func forget() {
        var fleet = FleetMonitor()
        _ = fleet.handle(.connected, from: id(1), at: T.at(0))
        _ = fleet.handle(.disconnected, from: id(1), at: T.at(10))
        fleet.forget(id(1))
        #expect(fleet.stationCount == 0)
        #expect(fleet.tick(now: T.at(1000)).isEmpty)
    }

    @Test("a tracked station that stays away raises offline after the startup grace")
    func trackAtStart() {
        var fleet = FleetMonitor()
        fleet.track(id(1), restoring: .init(lastBootAt: T.at(-100)), now: T.at(0))
        fleet.track(id(2), restoring: .init(lastBootAt: T.at(-100)), now: T.at(0))
        _ = fleet.handle(.connected, from: id(2), at: T.at(30))
        let raised = fleet.tick(now: T.at(300)).compactMap { action -> StationID? in
            if case .raise(let draft) = action { draft.key.stationID } else { nil }
        }
        #expect(raised == [id(1)])
    }
}
