import BackendClient
import Console
import Domain
import Foundation
import Testing

/// The console asks the backend only for the rows it needs: those its `/` filter shows and the stations it has open.
@Suite("Following the fleet scope")
struct FleetScopeTests {
    private static let rows = [
        Fixtures.row("CP-1", city: "Ulm"), Fixtures.row("CP-2", city: "Köln"), Fixtures.row("CP-3", city: "Ulm"),
    ]

    /// The scope of the stream the effects open, if they open one.
    private static func subscribed(_ effects: [ConsoleEffect]) -> FleetScope? {
        for case .subscribe(_, let scope) in effects { return scope }
        return nil
    }

    @Test("a submitted filter opens a stream and a fleet load for its scope; typing alone waits for the next second")
    func filterFollowed() {
        var state = Fixtures.state(rows: Self.rows)
        #expect(state.followedScope == .everything)
        let typing = Fixtures.press([.character("/")] + Fixtures.type("ulm"), on: &state)
        #expect(Self.subscribed(typing) == nil)
        #expect(state.model.fleet.visibleCount == 2)

        let generation = state.generation
        let submitted = Fixtures.press([.enter], on: &state)
        let scope = FleetScope(filter: FleetFilter("ulm"))
        #expect(
            submitted == [
                .subscribe(generation: generation + 1, scope: scope),
                .loadFleet(generation: generation + 1, scope: scope),
                .loadAlarms(generation: generation + 1),
            ])
        #expect(state.followedScope == scope)
        #expect(state.handle(.tick(Fixtures.now.addingTimeInterval(1))).isEmpty)

        // Typing a new filter: the next second's tick follows it, without waiting for Enter.
        Fixtures.press([.character("/"), .backspace, .backspace, .backspace] + Fixtures.type("köln"), on: &state)
        #expect(
            Self.subscribed(state.handle(.tick(Fixtures.now.addingTimeInterval(2))))
                == FleetScope(
                    filter: FleetFilter("köln")))
    }

    @Test("with a filter, an open station is asked for whatever the filter says; without one, everything is")
    func openStationFollowed() {
        var state = Fixtures.state(rows: Self.rows)
        Fixtures.press([.character("/")] + Fixtures.type("ulm") + [.enter], on: &state)
        let opened = Fixtures.press([.enter], on: &state)
        #expect(Self.subscribed(opened) == FleetScope(filter: FleetFilter("ulm"), stations: [Fixtures.id("CP-1")]))

        let closed = Fixtures.press([.escape], on: &state)
        #expect(Self.subscribed(closed) == FleetScope(filter: FleetFilter("ulm")))
        let cleared = Fixtures.press([.escape], on: &state)
        #expect(Self.subscribed(cleared) == .everything)
        #expect(Self.subscribed(Fixtures.press([.enter], on: &state)) == nil)
    }

    @Test("a scoped fleet load replaces the rows, and the header counts every station the login may see")
    func scopedSnapshot() {
        var state = Fixtures.state(rows: Self.rows)
        Fixtures.press([.character("/")] + Fixtures.type("ulm") + [.enter], on: &state)
        let ulm = FleetSnapshot(revision: 5, rows: [Self.rows[0], Self.rows[2]], stationCount: 20_000)
        _ = state.handle(.received(.fleetLoaded(.success(ulm), generation: state.generation)))
        #expect(state.model.fleet.row(Fixtures.id("CP-2")) == nil)
        #expect(Fixtures.text(state).contains("2 of 20000"))
    }

    @Test("a row whose last change takes it out of the followed scope leaves the table; one asked for stays")
    func leavingRowRemoved() {
        var state = Fixtures.state(rows: Self.rows)
        Fixtures.press([.character("/")] + Fixtures.type("ulm") + [.enter], on: &state)
        Fixtures.press([.enter], on: &state)
        let generation = state.generation
        var moved = Self.rows[2]
        moved.revision = 7
        moved.city = "Aalen"
        _ = state.handle(.received(.live(.station(moved), generation: generation)))
        #expect(state.model.fleet.row(Fixtures.id("CP-3")) == nil)

        var open = Self.rows[0]
        open.revision = 8
        open.city = "Aalen"
        _ = state.handle(.received(.live(.station(open), generation: generation)))
        #expect(state.model.fleet.row(Fixtures.id("CP-1"))?.city == "Aalen")
    }
}
