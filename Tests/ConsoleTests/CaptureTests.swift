import BackendClient
import Console
import Domain
import Foundation
import Testing

@Suite("Text captures and the benchmark entry point")
struct CaptureTests {
    private let backend: RecordedBackend = {
        let row = Fixtures.row("CP-1", alarms: 1, worst: .major)
        return RecordedBackend(
            snapshot: FleetSnapshot(revision: 1, rows: [row, Fixtures.row("CP-2", city: "Köln")]),
            alarms: [Fixtures.alarm(1)], details: [row.id: Fixtures.detail(for: row)])
    }()

    @Test(
        "each view captures as plain text in both languages",
        arguments: [
            (ConsoleCapture.View.fleet, Language.english, "2 of 2 stations"),
            (.fleet, .german, "2 von 2 Stationen"),
            (.alarms, .german, "Anschluss gestört"),
            (.station(Fixtures.id("CP-1")), .english, "Owner: Stadtwerke Süd"),
            (.commands(Fixtures.id("CP-1")), .english, "UnlockConnector"),
            (.help, .german, "Befehle nach :"),
            (.card(IdTag("04A1")), .english, "foreign card"),
            (.login, .german, "Anmeldung am Leitstand"),
        ])
    func capture(view: ConsoleCapture.View, language: Language, fragment: String) async {
        let text = await ConsoleCapture.capture(
            view, client: backend, language: language, rows: 40, columns: 120, now: Fixtures.now,
            timeZone: Fixtures.utc)
        #expect(text.contains(fragment))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 40)
    }

    @Test("the benchmark runs its frames and reports the cells an update changed")
    func benchmark() {
        let result = ConsoleBenchmark.run(stations: 500, frames: 3, rows: 30, columns: 120)
        #expect(result.frames == 3)
        #expect(result.changedCells > 0 && result.changedCells < 30 * 120)
        #expect(result.fullFrameMedian > .zero)
    }
}
