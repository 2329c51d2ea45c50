import BackendClient
import Console
import Domain
import Testing

@Suite("Console keys: paging, filter, sort, screens")
struct ConsoleStateKeyTests {
    private static let fleet = ConsoleBenchmark.syntheticFleet(count: 20_000, now: Fixtures.now)

    @Test("j/k, PgDn/PgUp, Home/End page smoothly through 20,000 rows and keep the selection on screen")
    func paging() {
        var state = Fixtures.state(rows: Self.fleet)
        let height = state.listHeight
        Fixtures.press([.character("j"), .down], on: &state)
        #expect(state.fleetCursor.selected == 2)
        Fixtures.press([.pageDown], on: &state)
        #expect(state.fleetCursor.selected == 2 + height)
        #expect(state.fleetCursor.top == 3)
        Fixtures.press([.end], on: &state)
        #expect(state.fleetCursor.selected == 19_999)
        #expect(state.fleetCursor.top == 20_000 - height)
        Fixtures.press([.pageUp, .character("k")], on: &state)
        #expect(state.fleetCursor.selected == 19_999 - height - 1)
        Fixtures.press([.character("g")], on: &state)
        #expect(state.fleetCursor == ListCursor(selected: 0, top: 0))
        Fixtures.press([.character("k"), .pageUp], on: &state)
        #expect(state.fleetCursor.selected == 0)
    }

    @Test("typing after / filters as the agent types; Enter keeps the filter, Esc clears it")
    func filterByKeys() {
        var state = Fixtures.state(rows: Self.fleet)
        Fixtures.press([.character("/")] + Fixtures.type("city:ulm fw:1.8"), on: &state)
        #expect(state.model.fleet.filter.text == "city:ulm fw:1.8")
        let filtered = state.model.fleet.visibleCount
        #expect(filtered > 0 && filtered < 20_000)
        Fixtures.press([.enter], on: &state)
        #expect(state.input == .none)
        #expect(state.model.fleet.visibleCount == filtered)
        Fixtures.press([.character("/"), .escape], on: &state)
        #expect(state.model.fleet.visibleCount == 20_000)
    }

    @Test("shift-letters sort by a key and reverse on a second press; s cycles the keys")
    func sortKeys() {
        var state = Fixtures.state(rows: Self.fleet)
        Fixtures.press([.character("I")], on: &state)
        #expect(state.model.fleet.order == FleetSortOrder(key: .id))
        #expect(state.model.fleet.visibleRow(at: 0).id.rawValue == "CP-00000")
        Fixtures.press([.character("I")], on: &state)
        #expect(state.model.fleet.order == FleetSortOrder(key: .id, isReversed: true))
        #expect(state.model.fleet.visibleRow(at: 0).id.rawValue == "CP-19999")
        Fixtures.press([.character("s")], on: &state)
        #expect(state.model.fleet.order == FleetSortOrder(key: .customer))
        for key in ["S", "C", "T", "A", "L"] {
            Fixtures.press([.character(Character(key))], on: &state)
        }
        #expect(state.model.fleet.order.key == .alarms)
    }

    @Test("the selection stays on its station when live rows reorder the list")
    func selectionFollowsStation() {
        let rows = (1...5).map { Fixtures.row("CP-\($0)") }
        var state = Fixtures.state(rows: rows)
        Fixtures.press([.character("I"), .character("j"), .character("j")], on: &state)
        #expect(state.selectedFleetRow?.id.rawValue == "CP-3")
        _ = state.handle(.received(.live(.station(Fixtures.row("CP-0")), generation: state.generation)))
        #expect(state.selectedFleetRow?.id.rawValue == "CP-3")
        #expect(state.fleetCursor.selected == 3)
    }

    @Test("Enter opens the selected station and asks for its detail; Esc goes back")
    func openStation() {
        var state = Fixtures.state(rows: [Fixtures.row("CP-1")])
        let effects = Fixtures.press([.enter], on: &state)
        #expect(effects == [.loadStation(Fixtures.id("CP-1"))])
        #expect(state.screen == .station(Fixtures.id("CP-1")))
        Fixtures.press([.escape], on: &state)
        #expect(state.screen == .fleet)
    }

    @Test("Tab switches between fleet and alarms; ? shows the help and Esc closes it")
    func switchingAndHelp() {
        var state = Fixtures.state()
        Fixtures.press([.tab], on: &state)
        #expect(state.screen == .alarms)
        Fixtures.press([.character("?")], on: &state)
        #expect(state.isHelpShown)
        Fixtures.press([.character("j"), .escape], on: &state)
        #expect(!state.isHelpShown)
        #expect(state.screen == .alarms)
    }

    @Test("Ctrl-C quits from anywhere, even while typing")
    func quit() {
        var state = Fixtures.state()
        #expect(Fixtures.press([.character(":"), .character("x"), .control("c")], on: &state) == [.quit])
    }

    @Test("key tables give every binding a key and a title in both languages, and no key twice on a screen")
    func tablesDriveKeys() {
        for (section, bindings) in KeyTable.helpGroups where section != .global {
            for binding in bindings {
                #expect(!binding.keys.isEmpty)
                #expect(!binding.title(.english).isEmpty && !binding.title(.german).isEmpty)
            }
        }
        let fleetKeys = KeyTable.bindings(for: .fleet).flatMap(\.keys)
        #expect(Set(fleetKeys).count == fleetKeys.count)
    }
}
