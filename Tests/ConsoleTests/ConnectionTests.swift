import BackendClient
import Console
import Domain
import Foundation
import Testing

@Suite("Connection: live updates, stale data, retries")
struct ConnectionTests {
    @Test("a lost stream marks the data stale, keeps it, and schedules a retry with growing waits")
    func lostStream() {
        var state = Fixtures.state(rows: [Fixtures.row("CP-1")])
        #expect(state.model.connection == .live)
        let generation = state.generation
        var effects = state.handle(.received(.liveEnded(.unreachable("reset"), generation: generation)))
        #expect(effects == [.retry(after: .seconds(1), generation: generation)])
        #expect(state.model.connection.isStale)
        #expect(state.model.fleet.totalCount == 1)
        let text = Fixtures.text(state)
        #expect(text.contains("STALE since"))
        #expect(text.contains("Backend not reachable; showing the last known state. Retrying in 1 s."))
        effects = state.handle(.received(.retryDue(generation: generation)))
        #expect(
            effects == [
                .subscribe(generation: generation + 1, scope: .everything),
                .loadFleet(generation: generation + 1, scope: .everything),
                .loadAlarms(generation: generation + 1),
            ])
        effects = state.handle(.received(.fleetLoaded(.failure(.unreachable("down")), generation: generation + 1)))
        #expect(effects == [.retry(after: .seconds(2), generation: generation + 1)])
        #expect(state.handle(.received(.liveEnded(nil, generation: generation + 1))).isEmpty)
    }

    @Test("a successful reload after a retry makes the data live again and resets the waits")
    func recovery() {
        var state = Fixtures.state(rows: [Fixtures.row("CP-1")])
        _ = state.handle(.received(.liveEnded(nil, generation: state.generation)))
        _ = state.handle(.received(.retryDue(generation: state.generation)))
        _ = state.handle(
            .received(
                .fleetLoaded(
                    .success(FleetSnapshot(revision: 2, rows: [Fixtures.row("CP-1", revision: 2)])),
                    generation: state.generation)))
        #expect(state.model.connection == .live)
        #expect(!Fixtures.text(state).contains("STALE"))
        let effects = state.handle(.received(.liveEnded(nil, generation: state.generation)))
        #expect(effects == [.retry(after: .seconds(1), generation: state.generation)])
    }

    @Test("the retry wait doubles up to thirty seconds")
    func backoff() {
        let policy = RetryPolicy()
        #expect((0...6).map { policy.delay(attempt: $0) } == [1, 2, 4, 8, 16, 30, 30].map { Duration.seconds($0) })
    }

    @Test("answers from an abandoned connection attempt are ignored")
    func oldGeneration() {
        var state = Fixtures.state(rows: [Fixtures.row("CP-1")])
        let old = state.generation
        _ = state.handle(.received(.liveEnded(nil, generation: old)))
        _ = state.handle(.received(.retryDue(generation: old)))
        _ = state.handle(.received(.live(.station(Fixtures.row("CP-9")), generation: old)))
        #expect(state.model.fleet.totalCount == 1)
        #expect(state.handle(.received(.retryDue(generation: old))).isEmpty)
    }

    @Test("live rows apply by revision, and resync refetches fleet and alarms")
    func liveUpdates() {
        var state = Fixtures.state(rows: [Fixtures.row("CP-1", revision: 5)])
        let generation = state.generation
        _ = state.handle(
            .received(.live(.station(Fixtures.row("CP-1", revision: 4, customer: "Alt")), generation: generation)))
        #expect(state.model.fleet.row(Fixtures.id("CP-1"))?.customerName == "Stadtwerke Süd")
        _ = state.handle(
            .received(.live(.station(Fixtures.row("CP-1", revision: 6, customer: "Neu")), generation: generation)))
        #expect(state.model.fleet.row(Fixtures.id("CP-1"))?.customerName == "Neu")
        let effects = state.handle(.received(.live(.resync, generation: generation)))
        #expect(
            effects == [.loadFleet(generation: generation, scope: .everything), .loadAlarms(generation: generation)])
    }

    @Test("a new alarm is highlighted and announced without taking the selection")
    func newAlarm() {
        var state = Fixtures.state(alarms: [Fixtures.alarm(1, kind: .stationOffline, age: 600)])
        Fixtures.press([.tab], on: &state)
        let generation = state.generation
        _ = state.handle(
            .received(
                .live(
                    .alarm(Fixtures.alarm(2, station: "CP-2", kind: .stationOffline, age: 900)),
                    generation: generation)))
        #expect(state.selectedAlarm?.id == AlarmID(1))
        #expect(state.model.alarms.unseen == [AlarmID(2)])
        #expect(state.message?.text == "New alarm: station offline at CP-2")
        var screen = VirtualScreen(rows: state.rows, columns: state.columns)
        ConsoleRenderer.draw(state, on: &screen)
        #expect(screen[3, 1].role == .newAlarm)
        #expect(screen[4, 1].role == .selectedRow)
        Fixtures.press([.character("k")], on: &state)
        #expect(state.model.alarms.unseen.isEmpty)
    }

    @Test("an expired session returns to the login screen with the reason")
    func sessionExpired() {
        var state = Fixtures.state(rows: [Fixtures.row("CP-1")])
        _ = state.handle(.received(.stationLoaded(Fixtures.id("CP-1"), .failure(.loginRefused(.sessionExpired)))))
        Fixtures.press([.enter], on: &state)
        _ = state.handle(.received(.stationLoaded(Fixtures.id("CP-1"), .failure(.loginRefused(.sessionExpired)))))
        #expect(state.screen == .login)
        #expect(state.model.fleet.totalCount == 0)
        #expect(Fixtures.text(state).contains("The session has expired; please log in again."))
    }

    @Test("a refused login shows the backend's sentence, such as a lockout with its end")
    func loginRefused() {
        var state = ConsoleState(language: .german, now: Fixtures.now, timeZone: Fixtures.utc, rows: 24, columns: 100)
        let effects = Fixtures.press(Fixtures.type("anna") + [.enter] + Fixtures.type("geheim") + [.enter], on: &state)
        #expect(effects == [.login(userName: "anna", password: "geheim")])
        #expect(Fixtures.text(state).contains("Anmeldung läuft"))
        _ = state.handle(
            .received(.loggedIn(.failure(.loginRefused(.lockedOut(until: Fixtures.now.addingTimeInterval(900)))))))
        let text = Fixtures.text(state)
        #expect(text.contains("Das Konto ist nach zu vielen falschen"))
        #expect(text.contains("2026-09-21"))
        #expect(!text.contains("geheim"))
    }
}
