import BackendClient
import Domain

/// Every remote command for one station: reading commands run, changing ones say they need a ticket.
/// Below the list, the answer to the last command run.
enum CommandsView {
    static func draw(_ station: StationID, state: ConsoleState, on screen: inout VirtualScreen) {
        let strings = state.strings
        TitleLine.draw(strings.commandsTitle(station.rawValue), detail: nil, state: state, on: &screen)
        screen.fill(row: 2, role: .tableHeader)
        let kinds = RemoteCommandKind.allCases
        let listRows = min(kinds.count, max(1, state.listHeight - 3))
        let cursor = state.commandsCursor
        var start = min(cursor.top, kinds.count - listRows)
        if cursor.selected < start { start = cursor.selected }
        if cursor.selected >= start + listRows { start = cursor.selected - listRows + 1 }
        start = max(0, start)
        for line in 0..<listRows {
            let index = start + line
            guard index < kinds.count else { break }
            let kind = kinds[index]
            let isSelected = index == cursor.selected
            let row = 3 + line
            let base: ThemeRole = isSelected ? .selectedRow : .text
            screen.fill(row: row, role: base)
            screen.put(kind.rawValue, row: row, column: 1, width: 24, role: base)
            let note = kind.isReading ? strings.commandReading : strings.commandChanging
            screen.put(
                note, row: row, column: 26, role: isSelected ? base : kind.isReading ? .textDim : .changingCommand)
        }
        drawResult(state, from: 3 + listRows + 1, on: &screen)
    }

    private static func drawResult(_ state: ConsoleState, from firstRow: Int, on screen: inout VirtualScreen) {
        let strings = state.strings
        let lastRow = screen.rows - 3
        guard firstRow <= lastRow else { return }
        let text: String
        var role = ThemeRole.text
        switch state.model.commandResult {
        case .idle: return
        case .loading: text = strings.loading
        case .failed(let error):
            text = strings.sentence(for: error, timeZone: state.timeZone)
            role = .error
        case .loaded(let entry):
            text =
                entry.command.rawValue + ": " + TerminalSafeText.sanitize(strings.outcome(entry.outcome), limit: 2000)
        }
        var remaining = Substring(text)
        var row = firstRow
        let width = max(1, screen.columns - 2)
        while !remaining.isEmpty, row <= lastRow {
            let piece = remaining.prefix(width)
            screen.put(String(piece), row: row, column: 1, width: width, role: role)
            remaining = remaining.dropFirst(piece.count)
            row += 1
        }
    }
}
