import BackendClient
import Console
import Domain
import Foundation
import Testing

@Suite("Hostile station text never reaches the terminal or breaks the grid")
struct HostileTextTests {
    private static let hostile = [
        "\u{1B}[2J\u{1B}]0;owned\u{07}Evil GmbH",
        "Weiß\u{202E}gnikcah\u{2066}",
        String(decoding: [0x41, 0xFF, 0xC3, 0x42, 0x9B, 0x33, 0x31, 0x6D], as: UTF8.self),
        "充電ステーション東京都千代田区丸の内一丁目ＡＢＣ",
        "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}zalgo\r\nline",
        "🔌⚡️👩‍🔧 Ladepark",
    ]

    private func row(_ index: Int) -> FleetRow {
        let text = Self.hostile[index % Self.hostile.count]
        return Fixtures.row(
            "CP-\(index)", customer: text, site: text, street: text, city: text, statuses: [text, "Faulted"],
            firmware: text)
    }

    /// Every row of the grid covers exactly its columns, and no cell holds a control character.
    private func expectIntact(_ screen: VirtualScreen) {
        for row in 0..<screen.rows {
            var covered = 0
            for column in 0..<screen.columns {
                let cell = screen[row, column]
                covered += Int(cell.width)
                if cell.width == 2 { #expect(column + 1 < screen.columns && screen[row, column + 1].width == 0) }
                let character = screen.character(of: cell)
                for scalar in character.unicodeScalars {
                    #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
                    #expect(scalar.properties.generalCategory != .format || character.unicodeScalars.count > 1)
                }
            }
            #expect(covered == screen.columns, "row \(row) covers \(covered) columns")
        }
    }

    @Test("fleet rows with escapes, invalid UTF-8, bidi overrides and wide characters", arguments: [80, 97, 120, 161])
    func fleet(columns: Int) {
        let state = Fixtures.state(rows: (0..<12).map(row), size: (30, columns))
        var screen = VirtualScreen(rows: 0, columns: 0)
        ConsoleRenderer.draw(state, on: &screen)
        expectIntact(screen)
        #expect(!screen.plainText.contains("\u{1B}"))
        #expect(screen.plainText.contains("\u{FFFD}[2J"))
    }

    @Test("a station page, alarm details and frames from a hostile station")
    func stationAndAlarms() {
        let hostileRow = row(0)
        var detail = Fixtures.detail(for: hostileRow, frames: Self.hostile)
        detail.site?.accessNotes = Self.hostile[4]
        var state = Fixtures.state(
            rows: [hostileRow],
            alarms: [
                Fixtures.alarm(
                    1, station: "CP-0", facts: AlarmFacts(vendorErrorCode: Self.hostile[0], info: Self.hostile[1]))
            ],
            size: (80, 100))
        Fixtures.press([.enter], on: &state)
        _ = state.handle(.received(.stationLoaded(hostileRow.id, .success(detail))))
        for keys in [[], [Key.character("r")], [.escape, .tab]] {
            Fixtures.press(keys, on: &state)
            var screen = VirtualScreen(rows: 0, columns: 0)
            ConsoleRenderer.draw(state, on: &screen)
            expectIntact(screen)
        }
    }

    @Test("typed text with control characters is not taken into a field")
    func typing() {
        var field = TextField()
        #expect(field.apply(.character("\u{1B}")) == .ignored)
        #expect(field.apply(.character("ä")) == .changed)
        #expect(field.text == "ä")
    }
}
