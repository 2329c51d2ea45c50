import BackendClient
import Domain

/// The open alarms, most severe and oldest first; alarms that arrived unseen are highlighted. Below the list a
/// pane details the selected alarm: what the station said, and who acknowledged it with which comment.
enum AlarmsView {
    private static let widths = (severity: 9, age: 7, kind: 28, station: 16, connector: 7, count: 6, state: 13)
    /// Rows of the pane below the list: a rule and two lines of detail.
    static let detailPaneHeight = 3

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
            (strings.columnCount, widths.count), (strings.columnState, widths.state),
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
        if cursor.selected < board.ordered.count {
            drawDetail(board.ordered[cursor.selected], top: 3 + state.listHeight, state: state, on: &screen)
        }
    }

    /// The selected alarm's facts and acknowledgement, below the list.
    private static func drawDetail(
        _ alarm: AlarmSummary, top: Int, state: ConsoleState, on screen: inout VirtualScreen
    ) {
        let strings = state.strings
        screen.fill(row: top, role: .tableHeader)
        screen.put(
            " \(strings.columnDetails): \(strings.alarmKindName(alarm.kind)) · \(alarm.stationID.rawValue)", row: top,
            column: 0, role: .tableHeader)
        let facts = facts(alarm)
        screen.put(" " + (facts.isEmpty ? strings.unknownValue : facts), row: top + 1, column: 0, role: .text)
        if let text = acknowledgement(alarm, strings: strings) {
            screen.put(" " + text, row: top + 2, column: 0, role: .textDim)
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
        screen.put(facts(alarm), row: row, column: column, role: base)
    }

    /// What the station said about the fault, made terminal-safe.
    static func facts(_ alarm: AlarmSummary) -> String {
        var parts: [String] = []
        if let code = alarm.facts.errorCode { parts.append(code.rawValue) }
        if let vendor = alarm.facts.vendorErrorCode { parts.append(TerminalSafeText.sanitize(vendor, limit: 50)) }
        if let info = alarm.facts.info { parts.append(TerminalSafeText.sanitize(info, limit: 50)) }
        return parts.joined(separator: " · ")
    }

    /// Who acknowledged the alarm and with which comment, made terminal-safe; nil while unacknowledged.
    static func acknowledgement(_ alarm: AlarmSummary, strings: Strings) -> String? {
        alarm.acknowledgement.map {
            strings.acknowledgedBy(
                TerminalSafeText.sanitize($0.agent.rawValue, limit: 40),
                TerminalSafeText.sanitize($0.comment, limit: 200))
        }
    }

    /// The facts and the acknowledgement on one line, for the station's alarm history.
    static func details(_ alarm: AlarmSummary, strings: Strings) -> String {
        ([facts(alarm)] + [acknowledgement(alarm, strings: strings)].compactMap { $0 })
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
