import BackendClient
import Domain

extension ConsoleState {
    /// Routes a key: to the line being typed, the login form, the help, or the screen's bindings.
    mutating func handle(_ key: Key) -> [ConsoleEffect] {
        if key == .control("c") { return [.quit] }
        switch input {
        case .filter(var field):
            return editFilter(&field, key: key)
        case .commandLine(var field):
            return editCommandLine(&field, key: key)
        case .prompt(var prompt):
            return editPrompt(&prompt, key: key)
        case .none:
            break
        }
        if screen == .login { return loginKey(key) }
        if isHelpShown { return helpKey(key) }
        guard let binding = KeyTable.bindings(for: screen).first(where: { $0.keys.contains(key) }) else { return [] }
        return perform(binding.action)
    }

    private mutating func editFilter(_ field: inout TextField, key: Key) -> [ConsoleEffect] {
        switch field.apply(key) {
        case .changed:
            input = .filter(field)
            applyFilter(field.text)
        case .submitted:
            input = .none
        case .cancelled:
            input = .none
            applyFilter("")
        case .ignored:
            break
        }
        return []
    }

    mutating func applyFilter(_ text: String) {
        model.fleet.setFilter(FleetFilter(text))
        syncFleetCursor()
    }

    private mutating func editCommandLine(_ field: inout TextField, key: Key) -> [ConsoleEffect] {
        switch field.apply(key) {
        case .changed:
            input = .commandLine(field)
        case .submitted:
            input = .none
            switch ConsoleCommand.parse(field.text) {
            case .success(let command): return run(command)
            case .failure(let error): message = StatusMessage(strings.sentence(for: error), isError: true)
            }
        case .cancelled:
            input = .none
        case .ignored:
            if key == .character("?") { isHelpShown = true }
        }
        return []
    }

    private mutating func editPrompt(_ prompt: inout Prompt, key: Key) -> [ConsoleEffect] {
        switch prompt.field.apply(key) {
        case .changed:
            input = .prompt(prompt)
        case .submitted:
            input = .none
            return submit(prompt)
        case .cancelled:
            input = .none
        case .ignored:
            break
        }
        return []
    }

    private mutating func loginKey(_ key: Key) -> [ConsoleEffect] {
        guard !login.isSubmitting else { return [] }
        if key == .tab || key == .backTab || key == .down || key == .up {
            login.isPasswordFocused.toggle()
            return []
        }
        var field = login.isPasswordFocused ? login.password : login.userName
        switch field.apply(key) {
        case .changed:
            if login.isPasswordFocused { login.password = field } else { login.userName = field }
        case .submitted:
            guard login.isPasswordFocused, !login.userName.text.isEmpty else {
                login.isPasswordFocused = true
                return []
            }
            login.isSubmitting = true
            login.refusal = nil
            return [.login(userName: login.userName.text, password: login.password.text)]
        case .cancelled:
            login.password.text = ""
        case .ignored:
            break
        }
        return []
    }

    private mutating func helpKey(_ key: Key) -> [ConsoleEffect] {
        switch key {
        case .escape, .character("?"), .character("q"): isHelpShown = false
        case .character("j"), .down: scrollPage(by: 1)
        case .character("k"), .up: scrollPage(by: -1)
        case .pageDown, .character(" "): scrollPage(by: pageHeight)
        case .pageUp: scrollPage(by: -pageHeight)
        case .home, .character("g"): pageScroll = 0
        case .end, .character("G"): scrollPage(by: Int.max / 2)
        default: break
        }
        return []
    }
}

extension ConsoleState {
    /// Fills the login form and submits it, as `leitstand demo` does at start.
    package mutating func logIn(userName: String, password: String) -> [ConsoleEffect] {
        login.userName.text = userName
        login.password.text = password
        login.isSubmitting = true
        login.refusal = nil
        return [.login(userName: userName, password: password)]
    }
}
