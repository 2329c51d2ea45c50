import Domain

/// The top line, always shown: who is logged in, the open alarms by severity, the connection and the clock.
enum HeaderBar {
    static func draw(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let strings = state.strings
        screen.fill(row: 0, role: .header)
        var column = screen.put(" \(strings.appTitle) ", row: 0, column: 0, role: .header)
        if let account = state.model.account {
            let name = TerminalSafeText.sanitize(account.displayName, limit: 40)
            column += screen.put(
                "│ \(name) (\(strings.roleName(account.role))) ", row: 0, column: column, width: 40, role: .header)
        }
        column += screen.put("│ ", row: 0, column: column, role: .header)
        if state.model.account != nil {
            for severity in AlarmSeverity.allCases {
                let count = state.model.alarms.count(of: severity)
                let role: ThemeRole = count > 0 ? .severity(severity) : .header
                column += screen.put("\(strings.severityShort(severity)) \(count)", row: 0, column: column, role: role)
                column += screen.put(" ", row: 0, column: column, role: .header)
            }
        }
        let clock = TimeText.clock(state.now, timeZone: state.timeZone)
        let (connection, role) = connectionText(state)
        let right = "\(connection) │ \(clock) "
        let start = max(column, screen.columns - DisplayWidth.of(right))
        let used = screen.put(connection, row: 0, column: start, role: role)
        screen.put(" │ \(clock) ", row: 0, column: start + used, role: .header)
    }

    private static func connectionText(_ state: ConsoleState) -> (String, ThemeRole) {
        let strings = state.strings
        switch state.model.connection {
        case .loggedOut: return (strings.loggedOut, .header)
        case .connecting: return (strings.connectionConnecting, .header)
        case .live: return ("● " + strings.connectionLive, .header)
        case .lost: return ("✕ " + strings.connectionLost, .stale)
        }
    }
}
