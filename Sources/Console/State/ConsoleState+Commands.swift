import BackendClient
import Domain

extension ConsoleState {
    /// Runs a command typed after `:`.
    package mutating func run(_ command: ConsoleCommand) -> [ConsoleEffect] {
        message = nil
        isHelpShown = false
        switch command {
        case .station(let id):
            return openStation(id)
        case .alarms:
            screens = [.alarms]
            syncAlarmsCursor()
        case .fleet:
            screens = [.fleet]
            syncFleetCursor()
        case .card(let tag):
            screens.append(.card(tag))
            pageScroll = 0
            model.card = .loading
            return [.loadCard(tag)]
        case .session(let id):
            screens.append(.session(id))
            pageScroll = 0
            model.session = .loading
            return [.loadSession(id)]
        case .theme(let name):
            return [.loadTheme(name)]
        case .language(let language):
            setLanguage(language)
            message = StatusMessage(strings.languageChanged)
        case .changePassword:
            input = .prompt(Prompt(.currentPassword))
        case .createAccount(let userName, let role, let customerID):
            input = .prompt(Prompt(.accountDisplayName(userName: userName, role: role, customerID: customerID)))
        case .resetPassword(let userName):
            input = .prompt(Prompt(.resetPassword(userName: userName)))
        case .quit:
            return [.quit]
        }
        return []
    }

    /// Acts on an answered prompt.
    mutating func submit(_ prompt: Prompt) -> [ConsoleEffect] {
        let text = prompt.field.text
        switch prompt.purpose {
        case .acknowledge(let id):
            guard text.contains(where: { !$0.isWhitespace }) else {
                message = StatusMessage(strings.commentRequired, isError: true)
                input = .prompt(prompt)
                return []
            }
            return [.acknowledge(id, comment: text)]
        case .commandPayload(let station, let kind):
            input = .prompt(Prompt(.commandReason(station, kind, payload: text)))
        case .commandReason(let station, let kind, let payload):
            model.commandResult = .loading
            message = StatusMessage(strings.commandRunning(kind.rawValue))
            let request = CommandRequest(
                station: station, command: kind, payloadJSON: payload, reason: text)
            return [.runCommand(request)]
        case .currentPassword:
            input = .prompt(Prompt(.newPassword(current: text)))
        case .newPassword(let current):
            input = .prompt(Prompt(.repeatPassword(current: current, new: text)))
        case .repeatPassword(let current, let new):
            return confirmed(text, repeats: new, then: .changePassword(current: current, new: new))
        case .accountDisplayName(let userName, let role, let customerID):
            let account = NewAccount(
                userName: userName, displayName: text, role: role, customerID: customerID, password: "")
            input = .prompt(Prompt(.accountPassword(account)))
        case .accountPassword(var account):
            account.password = text
            input = .prompt(Prompt(.accountRepeatPassword(account)))
        case .accountRepeatPassword(let account):
            return confirmed(text, repeats: account.password, then: .createAccount(account))
        case .resetPassword(let userName):
            input = .prompt(Prompt(.resetRepeatPassword(userName: userName, password: text)))
        case .resetRepeatPassword(let userName, let password):
            return confirmed(text, repeats: password, then: .resetPassword(userName: userName, password: password))
        }
        return []
    }

    /// `effect` when a password typed again matches the first entry; else says they differ, and does nothing.
    private mutating func confirmed(_ text: String, repeats first: String, then effect: ConsoleEffect)
        -> [ConsoleEffect]
    {
        guard text == first else {
            message = StatusMessage(strings.passwordMismatch, isError: true)
            return []
        }
        return [effect]
    }
}
