/// The two bottom lines: what is being typed or the latest message, and the hints for the current keys.
enum StatusLine {
    static func draw(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let row = screen.rows - 2
        let strings = state.strings
        screen.fill(row: row, role: .statusBar)
        switch state.input {
        case .filter(let field):
            drawField("/", field: field, row: row, on: &screen)
        case .commandLine(let field):
            drawField(":", field: field, row: row, on: &screen)
        case .prompt(let prompt):
            drawField(prompt.label(strings) + " ", field: prompt.field, row: row, on: &screen)
        case .none:
            if let message = state.message {
                screen.put(" " + message.text, row: row, column: 0, role: message.isError ? .error : .notice)
            } else if case .lost(_, _, let retryAt) = state.model.connection {
                let seconds = max(0, Int(retryAt.timeIntervalSince(state.now).rounded(.up)))
                screen.put(" " + strings.retryingIn(seconds), row: row, column: 0, role: .stale)
            }
        }
        drawHints(state, on: &screen)
    }

    private static func drawField(_ label: String, field: TextField, row: Int, on screen: inout VirtualScreen) {
        let used = screen.put(label, row: row, column: 0, role: .input)
        let text = TerminalSafeText.sanitize(field.shown) + "▏"
        let available = screen.columns - used
        let width = DisplayWidth.of(text)
        let shown = width > available ? String(text.suffix(max(1, available - 1))) : text
        screen.put(shown, row: row, column: used, role: .input)
    }

    private static func drawHints(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let row = screen.rows - 1
        screen.fill(row: row, role: .hintBar)
        let strings = state.strings
        if state.screen == .login {
            screen.put(" " + strings.loginHint, row: row, column: 0, role: .hintBar)
            return
        }
        if case .commandLine = state.input {
            screen.put(" " + strings.commandLineHint, row: row, column: 0, role: .hintBar)
            return
        }
        if state.input != .none {
            screen.put(" " + strings.keyTextInput, row: row, column: 0, role: .hintBar)
            return
        }
        var column = 1
        for binding in KeyTable.bindings(for: state.screen) where binding.isHint {
            guard column < screen.columns - 4 else { break }
            column += screen.put("<\(binding.label)>", row: row, column: column, role: .hintKey)
            column += screen.put(" \(binding.title(strings))  ", row: row, column: column, role: .hintBar)
        }
    }
}
