import BackendClient
import Domain

/// The open alarms, most severe and oldest first; alarms that arrived unseen are highlighted.
enum AlarmsView {
    private static let widths = (severity: 9, age: 7, kind: 28, station: 16, connector: 7, count: 6, state: 11)

    static func draw(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let strings = state.strings
        let board = state.model.alarms
        TitleLine.draw(strings.alarmsTitle, detail: "\(board.ordered.count)", state: state, on: &screen)
        screen.fill(row: 2, role: .tableHeader)
        var column = 1
        let headings: [(String, Int)] = [
            (strings.columnSeverity, widths.severity), (strings.columnAge, widths.age),
            (strings.columnKind, widths.kind),
            (strings.columnStation, widths.station), (strings.columnConnector, widths.connector),
            (strings.columnCount, widths.count), (strings.columnState, widths.state), (strings.columnDetails, 0),
        ]
        for (title, width) in headings {
            screen.put(title, row: 2, column: column, width: width > 0 ? width : nil, role: .tableHeader)
            column += width + 1
        }
        guard !board.ordered.isEmpty else {
            screen.put(" " + strings.noOpenAlarms, row: 3, column: 0, role: .textDim)
            return
        }
        let cursor = state.alarmsCursor
        for line in 0..<state.listHeight {
            let index = cursor.top + line
            guard index < board.ordered.count else { break }
            let alarm = board.ordered[index]
            let isSelected = index == cursor.selected
            let base: ThemeRole = isSelected ? .selectedRow : board.unseen.contains(alarm.id) ? .newAlarm : .text
            drawRow(alarm, row: 3 + line, base: base, state: state, on: &screen)
        }
    }

    private static func drawRow(
        _ alarm: AlarmSummary, row: Int, base: ThemeRole, state: ConsoleState, on screen: inout VirtualScreen
    ) {
        let strings = state.strings
        screen.fill(row: row, role: base)
        var column = 1
        let severityRole = base == .text ? ThemeRole.severity(alarm.severity) : base
        let cells: [(String, Int, ThemeRole)] = [
            (strings.severityName(alarm.severity), widths.severity, severityRole),
            (strings.age(.seconds(state.now.timeIntervalSince(alarm.raisedAt))), widths.age, base),
            (strings.alarmKindName(alarm.kind), widths.kind, base),
            (alarm.stationID.rawValue, widths.station, base),
            (alarm.connector.map(String.init) ?? "", widths.connector, base),
            (String(alarm.count), widths.count, base),
            (strings.alarmStateName(alarm.state), widths.state, base),
        ]
        for (text, width, role) in cells {
            screen.put(text, row: row, column: column, width: width, role: role)
            column += width + 1
        }
        screen.put(details(alarm, strings: strings), row: row, column: column, role: base)
    }

    /// What the station said about the fault, made terminal-safe, and who acknowledged it.
    static func details(_ alarm: AlarmSummary, strings: Strings) -> String {
        var parts: [String] = []
        if let code = alarm.facts.errorCode { parts.append(code.rawValue) }
        if let vendor = alarm.facts.vendorErrorCode { parts.append(TerminalSafeText.sanitize(vendor, limit: 50)) }
        if let info = alarm.facts.info { parts.append(TerminalSafeText.sanitize(info, limit: 50)) }
        if let acknowledgement = alarm.acknowledgement {
            parts.append(
                strings.acknowledgedBy(
                    TerminalSafeText.sanitize(acknowledgement.agent.rawValue, limit: 40),
                    TerminalSafeText.sanitize(acknowledgement.comment, limit: 80)))
        }
        return parts.joined(separator: " · ")
    }
}
