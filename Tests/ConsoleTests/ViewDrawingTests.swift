import BackendClient
import Console
import Domain
import Foundation
import Testing

@Suite("Views drawn on the virtual screen, in both languages")
struct ViewDrawingTests {
    private static let rows = [
        Fixtures.row("CP-1", statuses: ["Charging", "Available"], alarms: 2, worst: .critical),
        Fixtures.row("CP-2", customer: "Hotel Post", city: "Stuttgart", statuses: ["Faulted"]),
    ]

    private func state(_ language: Language) -> ConsoleState {
        Fixtures.state(rows: Self.rows, alarms: [Fixtures.alarm(5, station: "CP-2")], language: language)
    }

    @Test(
        "the fleet shows header, columns, status words and counts",
        arguments: [
            (
                Language.english,
                [
                    "Anna Agent (agent)", "crit 0", "maj 1", "● live", "Fleet", "2 of 2 stations",
                    "sorted by status", "Status", "Customer", "faulted", "charging", "Hotel Post",
                    "Parkhaus, Esslingen",
                    "CA", "30s", "<Enter> open", "<?> help",
                ]
            ),
            (
                Language.german,
                [
                    "Anna Agent (Agent)", "krit 0", "hoch 1", "Flotte", "2 von 2 Stationen",
                    "sortiert nach Zustand", "Zustand", "Kunde", "gestört", "lädt", "LF", "<Enter> öffnen",
                ]
            ),
        ])
    func fleet(language: Language, expected: [String]) {
        let text = Fixtures.text(state(language))
        for fragment in expected { #expect(text.contains(fragment), "missing \(fragment)") }
    }

    @Test("the fleet marks its condition and alarm columns with their roles and the selected row whole")
    func fleetRoles() {
        var screen = VirtualScreen(rows: 30, columns: 120)
        ConsoleRenderer.draw(state(.english), on: &screen)
        #expect(screen[3, 1].role == .selectedRow)
        #expect(screen[4, 1].role == .stationCharging)
        #expect(screen[0, 0].role == .header)
        #expect(screen[29, 0].role == .hintBar)
    }

    @Test(
        "the alarms view lists severity, age, kind and station",
        arguments: [
            (
                Language.english,
                ["Open alarms", "major", "1m", "connector faulted", "CP-2", "GroundFailure", "<a> acknowledge"]
            ),
            (Language.german, ["Offene Alarme", "hoch", "1min", "Anschluss gestört", "CP-2", "<a> quittieren"]),
        ])
    func alarms(language: Language, expected: [String]) {
        var state = state(language)
        Fixtures.press([.tab], on: &state)
        let text = Fixtures.text(state)
        for fragment in expected { #expect(text.contains(fragment), "missing \(fragment)") }
    }

    @Test(
        "the station page shows identity, site, contacts, package, sessions, frames, history and commands",
        arguments: [
            (
                Language.english,
                [
                    "Station CP-1", "Identity", "Serial number: SN-1", "Address: Hauptstraße 5, 73728 Esslingen",
                    "Coordinates: 48.74000, 9.31000", "Owner: Stadtwerke Süd (K1)", "change orders: Frau Öz",
                    "Site contact: Herr Weiß", "Premium · intervention time 24 h", "#1  Charging",
                    "42 · Connector 1 · ••••B2C3", "CALL BootNotification", "c reads the configuration",
                    "Faulted  GroundFailure  RCD", "Reset  by bert: Kunde ruft an",
                ]
            ),
            (
                Language.german,
                [
                    "Ladestation CP-1", "Kennung", "Seriennummer: SN-1", "Koordinaten", "Interventionszeit 24 h",
                    "Änderungsaufträge: Frau Öz", "Laufende Ladevorgänge", "Letzte Nachrichten", "Befehlsprotokoll",
                ]
            ),
        ])
    func station(language: Language, expected: [String]) {
        var state = Fixtures.state(rows: Self.rows, language: language, size: (120, 120))
        Fixtures.press([.character(":")] + Fixtures.type("station CP-1") + [.enter], on: &state)
        _ = state.handle(.received(.stationLoaded(Fixtures.id("CP-1"), .success(Fixtures.detail(for: Self.rows[0])))))
        let text = Fixtures.text(state)
        for fragment in expected { #expect(text.contains(fragment), "missing \(fragment)") }
    }

    @Test("r shows raw frames and c reads the configuration live")
    func stationKeys() {
        let id = Fixtures.id("CP-1")
        var state = Fixtures.state(rows: Self.rows, size: (120, 120))
        Fixtures.press([.character(":")] + Fixtures.type("station CP-1") + [.enter], on: &state)
        _ = state.handle(.received(.stationLoaded(id, .success(Fixtures.detail(for: Self.rows[0])))))
        Fixtures.press([.character("r")], on: &state)
        #expect(Fixtures.text(state).contains(#"[2,"19","BootNotification",{}]"#))
        #expect(Fixtures.press([.character("c")], on: &state) == [.loadConfiguration(id)])
        #expect(Fixtures.text(state).contains("Reading the configuration from the station…"))
        let configuration = StationConfiguration(
            entries: [.init(key: "HeartbeatInterval", value: "300", isReadonly: false)], unknownKeys: [])
        _ = state.handle(.received(.configurationLoaded(id, .success(configuration))))
        #expect(Fixtures.text(state).contains("HeartbeatInterval: 300"))
    }

    @Test("the commands list marks changing commands as needing a change ticket")
    func commands() {
        var state = Fixtures.state(rows: Self.rows, size: (40, 120))
        Fixtures.press([.character(":")] + Fixtures.type("station CP-1") + [.enter, .character("x")], on: &state)
        let text = Fixtures.text(state)
        #expect(text.contains("Remote commands for CP-1"))
        #expect(text.contains("GetConfiguration         reading"))
        #expect(text.contains("Reset                    changing: needs a change order confirmed in writing by e-mail"))
    }

    @Test("a card shows holder and owner, or that it is foreign, with authorisations and sessions")
    func card() {
        var state = Fixtures.state(language: .german)
        Fixtures.press([.character(":")] + Fixtures.type("card 04A1") + [.enter], on: &state)
        let attempt = AuthorizationAttempt(
            stationID: Fixtures.id("CP-1"), idTag: IdTag("04A1"), at: Fixtures.now, source: .authorize,
            decision: CardDecision(verdict: .blocked, billing: nil))
        _ = state.handle(
            .received(
                .cardLoaded(
                    IdTag("04A1"),
                    .success(
                        CardReport(
                            idTag: IdTag("04A1"), card: nil, ownerName: nil, authorizations: [attempt], sessions: []))))
        )
        let text = Fixtures.text(state)
        #expect(text.contains("Ladekarte 04A1"))
        #expect(text.contains("Fremdkarte (Roaming oder unbekannt)"))
        #expect(text.contains("CP-1  Authorize  gesperrt"))
    }

    @Test("a session shows its meter values")
    func session() {
        var state = Fixtures.state()
        Fixtures.press([.character(":")] + Fixtures.type("session 42") + [.enter], on: &state)
        let session = ChargingSession(
            id: TransactionID(42), stationID: Fixtures.id("CP-1"), connector: 1, idTag: IdTag("04A1"),
            billing: .externalRoaming, meterStartWh: 100, startedAt: Fixtures.now)
        let reading = MeterReading(
            stationID: Fixtures.id("CP-1"), connector: 1, transactionID: TransactionID(42), timestamp: Fixtures.now,
            sampledValuesJSON: #"[{"value":"1500"}]"#, energyWh: 1500)
        _ = state.handle(
            .received(.sessionLoaded(TransactionID(42), .success(SessionReport(session: session, readings: [reading]))))
        )
        let text = Fixtures.text(state)
        for fragment in [
            "Charging session 42", "external roaming (90 %)", "Meter values", "1500 Wh", #"[{"value":"1500"}]"#,
        ] {
            #expect(text.contains(fragment), "missing \(fragment)")
        }
    }

    @Test("the help lists every key of the tables and every command, in both languages", arguments: Language.allCases)
    func help(language: Language) {
        var state = Fixtures.state(language: language, size: (200, 120))
        Fixtures.press([.character("?")], on: &state)
        let text = Fixtures.text(state)
        for (_, bindings) in KeyTable.helpGroups {
            for binding in bindings { #expect(text.contains(binding.label), "missing \(binding.label)") }
        }
        for name in ConsoleCommand.Name.allCases { #expect(text.contains(name.syntax)) }
        #expect(text.contains("Shift-S"))
    }

    @Test(
        "a terminal below 80×24 gets a sentence instead of the views, at any size",
        arguments: [(23, 80), (24, 79), (3, 10), (1, 1), (0, 0)])
    func tooSmall(rows: Int, columns: Int) {
        var state = Fixtures.state(rows: Self.rows)
        _ = state.handle(.resized(rows: rows, columns: columns))
        var screen = VirtualScreen(rows: 0, columns: 0)
        ConsoleRenderer.draw(state, on: &screen)
        #expect(screen.rows == rows && screen.columns == columns)
        #expect(!screen.plainText.contains("Fleet"))
        if rows >= 3 && columns >= 10 { #expect(screen.plainText.contains("The")) }
        _ = state.handle(.resized(rows: 24, columns: 80))
        #expect(Fixtures.text(state).contains("Fleet"))
    }

    @Test("the login screen masks the password")
    func login() {
        var state = ConsoleState(language: .english, now: Fixtures.now, timeZone: Fixtures.utc)
        Fixtures.press(Fixtures.type("anna") + [.tab] + Fixtures.type("s3cret"), on: &state)
        let text = Fixtures.text(state)
        #expect(text.contains("Log in to Leitstand"))
        #expect(text.contains("anna"))
        #expect(text.contains("••••••"))
        #expect(!text.contains("s3cret"))
    }
}
