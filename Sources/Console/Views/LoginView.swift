/// The login screen: user name, masked password, and the backend's refusal sentence.
enum LoginView {
    static func draw(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let strings = state.strings
        let form = state.login
        let left = max(2, (screen.columns - 50) / 2)
        let top = max(3, screen.rows / 2 - 4)
        screen.put(strings.loginTitle, row: top, column: left, role: .title)
        drawField(
            strings.labelUser, form.userName, isFocused: !form.isPasswordFocused, row: top + 2, left: left,
            on: &screen)
        drawField(
            strings.labelPassword, form.password, isFocused: form.isPasswordFocused, row: top + 3, left: left,
            on: &screen)
        if form.isSubmitting {
            screen.put(strings.loggingIn, row: top + 5, column: left, role: .textDim)
        } else if let refusal = form.refusal {
            let width = screen.columns - left - 1
            for (offset, line) in TextWrap.lines(refusal, width: width).prefix(4).enumerated() {
                screen.put(line, row: top + 5 + offset, column: left, width: width, role: .error)
            }
        }
    }

    private static func drawField(
        _ label: String, _ field: TextField, isFocused: Bool, row: Int, left: Int, on screen: inout VirtualScreen
    ) {
        screen.put(label, row: row, column: left, width: 14, role: .textDim)
        let text = TerminalSafeText.sanitize(field.shown, limit: 40) + (isFocused ? "▏" : "")
        screen.fill(row: row, column: left + 15, width: 32, role: isFocused ? .input : .text)
        screen.put(text, row: row, column: left + 15, width: 32, role: isFocused ? .input : .text)
    }
}
