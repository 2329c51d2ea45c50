/// Draws the whole console for a state onto a virtual screen: header, the screen's view, the status line
/// and hints, the help on top; or, on a terminal too small, a sentence saying so.
package enum ConsoleRenderer {
    package static func draw(_ state: ConsoleState, on screen: inout VirtualScreen) {
        screen.clear(role: .text, rows: state.rows, columns: state.columns)
        guard screen.rows > 0, screen.columns > 0 else { return }
        if state.isTooSmall {
            drawTooSmall(state, on: &screen)
            return
        }
        HeaderBar.draw(state, on: &screen)
        if state.isHelpShown {
            PageView.draw(title: state.strings.helpTitle, lines: HelpPage.lines(state), state: state, on: &screen)
        } else {
            drawBody(state, on: &screen)
        }
        StatusLine.draw(state, on: &screen)
    }

    private static func drawBody(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let strings = state.strings
        switch state.screen {
        case .login: LoginView.draw(state, on: &screen)
        case .fleet: FleetView.draw(state, on: &screen)
        case .alarms: AlarmsView.draw(state, on: &screen)
        case .commands(let id): CommandsView.draw(id, state: state, on: &screen)
        case .station(let id):
            PageView.draw(
                title: strings.stationTitle(id.rawValue), lines: PageBuilder.lines(for: state), state: state,
                on: &screen)
        case .card(let tag):
            PageView.draw(
                title: strings.cardTitle(TerminalSafeText.sanitize(tag.rawValue, limit: 40)),
                lines: PageBuilder.lines(for: state), state: state, on: &screen)
        case .session(let id):
            PageView.draw(
                title: strings.sessionTitle(id.description), lines: PageBuilder.lines(for: state), state: state,
                on: &screen)
        }
    }

    /// Wraps the too-small sentence over the lines there are; never writes outside the grid.
    private static func drawTooSmall(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let minimum = ConsoleState.minimumSize
        let text = state.strings.tooSmall(state.columns, state.rows, minimum.columns, minimum.rows)
        for (row, line) in TextWrap.lines(text, width: screen.columns).prefix(screen.rows).enumerated() {
            screen.put(line, row: row, column: 0, role: .error)
        }
    }
}
