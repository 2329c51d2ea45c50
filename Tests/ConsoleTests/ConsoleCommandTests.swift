import BackendClient
import Console
import Domain
import Testing

@Suite("Command line and prompts")
struct ConsoleCommandTests {
    @Test(
        "typed commands parse into what they name",
        arguments: [
            ("station CP-7", ConsoleCommand.station(Fixtures.id("CP-7"))),
            ("alarms", .alarms), ("fleet", .fleet), ("card 04A1B2C3", .card(IdTag("04A1B2C3"))),
            ("session 42", .session(TransactionID(42))), ("theme light", .theme("light")),
            ("lang de", .language(.german)), ("lang en", .language(.english)), ("passwd", .changePassword),
            ("quit", .quit), ("q", .quit),
            ("useradd eva agent", .createAccount(userName: "eva", role: .agent, customerID: nil)),
            (
                "useradd sw customer C-STWN",
                .createAccount(userName: "sw", role: .customer, customerID: CustomerID("C-STWN"))
            ),
            ("userreset eva", .resetPassword(userName: "eva")),
        ])
    func parse(text: String, expected: ConsoleCommand) {
        #expect(ConsoleCommand.parse(text) == .success(expected))
    }

    @Test(
        "wrong commands say what is wrong",
        arguments: [
            ("fly", ConsoleCommand.ParseError.unknown("fly")), ("station", .missingArgument(.station)),
            ("station CP 7 ü", .invalidStationID("CP 7 ü")), ("session x", .invalidSessionID("x")),
            ("lang fr", .unknownLanguage("fr")), ("useradd eva", .missingArgument(.useradd)),
            ("useradd eva boss", .unknownRole("boss")), ("userreset", .missingArgument(.userreset)),
        ])
    func parseErrors(text: String, expected: ConsoleCommand.ParseError) {
        #expect(ConsoleCommand.parse(text) == .failure(expected))
    }

    @Test(":card and :session open their pages and load them; an error shows in the status line")
    func commandLine() {
        var state = Fixtures.state()
        var effects = Fixtures.press([.character(":")] + Fixtures.type("card 04A1") + [.enter], on: &state)
        #expect(effects == [.loadCard(IdTag("04A1"))])
        #expect(state.screen == .card(IdTag("04A1")))
        effects = Fixtures.press([.character(":")] + Fixtures.type("session 9") + [.enter], on: &state)
        #expect(effects == [.loadSession(TransactionID(9))])
        Fixtures.press([.character(":")] + Fixtures.type("fly") + [.enter], on: &state)
        #expect(state.message == StatusMessage("Unknown command \"fly\"; ? lists the commands.", isError: true))
    }

    @Test(":lang switches the screen text at once")
    func language() {
        var state = Fixtures.state()
        Fixtures.press([.character(":")] + Fixtures.type("lang de") + [.enter], on: &state)
        #expect(state.language == .german)
        #expect(Fixtures.text(state).contains("Flotte"))
    }

    @Test("a acknowledges the selected alarm with a comment; an empty comment is refused")
    func acknowledge() {
        var state = Fixtures.state(alarms: [Fixtures.alarm(3)])
        Fixtures.press([.tab, .character("a"), .enter], on: &state)
        #expect(state.message?.text == "An acknowledgement needs a comment.")
        let effects = Fixtures.press(Fixtures.type("Techniker informiert") + [.enter], on: &state)
        #expect(effects == [.acknowledge(AlarmID(3), comment: "Techniker informiert")])
        _ = state.handle(
            .received(
                .acknowledged(
                    AlarmID(3),
                    .success(
                        Fixtures.acknowledged(
                            Fixtures.alarm(3), by: "anna",
                            comment: "Techniker informiert")))))
        #expect(state.model.alarms.alarm(AlarmID(3))?.state == .acknowledged)
        #expect(state.message?.text == "Alarm 3 acknowledged.")
    }

    @Test(":passwd asks for the current password and the new one twice, masked, and checks they match")
    func changePassword() {
        var state = Fixtures.state()
        Fixtures.press([.character(":")] + Fixtures.type("passwd") + [.enter] + Fixtures.type("old"), on: &state)
        #expect(Fixtures.text(state).contains("Current password: •••"))
        #expect(!Fixtures.text(state).contains("old"))
        Fixtures.press(
            [.enter] + Fixtures.type("neu-1234") + [.enter] + Fixtures.type("neu-9999") + [.enter], on: &state)
        #expect(state.message?.text == "The two new passwords differ; nothing was changed.")
        let effects = Fixtures.press(
            [.character(":")] + Fixtures.type("passwd") + [.enter] + Fixtures.type("old") + [.enter]
                + Fixtures.type("neu-1234") + [.enter] + Fixtures.type("neu-1234") + [.enter], on: &state)
        #expect(effects == [.changePassword(current: "old", new: "neu-1234")])
    }

    @Test(":useradd asks for a display name and the password twice (masked); the backend's answer is shown")
    func createAccount() {
        var state = Fixtures.state()
        Fixtures.press(
            [.character(":")] + Fixtures.type("useradd eva technician") + [.enter] + Fixtures.type("Eva Roth")
                + [.enter] + Fixtures.type("secret-pass-1"), on: &state)
        #expect(Fixtures.text(state).contains("New password for eva: •••"))
        #expect(!Fixtures.text(state).contains("secret"))
        let effects = Fixtures.press([.enter] + Fixtures.type("secret-pass-1") + [.enter], on: &state)
        let account = NewAccount(
            userName: "eva", displayName: "Eva Roth", role: .technician, customerID: nil, password: "secret-pass-1")
        #expect(effects == [.createAccount(account)])
        _ = state.handle(
            .received(
                .accountCreated(
                    .success(
                        AccountSummary(userName: "eva", displayName: "Eva Roth", role: .technician, customerID: nil))
                )))
        #expect(state.message?.text == "Login eva created (technician).")
        _ = state.handle(.received(.accountCreated(.failure(.forbidden("create accounts")))))
        #expect(state.message?.text == "Your account may not do this: create accounts")
    }

    @Test(":userreset asks for the new password twice and refuses a mismatch")
    func resetPassword() {
        var state = Fixtures.state()
        Fixtures.press(
            [.character(":")] + Fixtures.type("userreset eva") + [.enter] + Fixtures.type("new-pass-123") + [.enter]
                + Fixtures.type("new-pass-999") + [.enter], on: &state)
        #expect(state.message?.text == "The two new passwords differ; nothing was changed.")
        let effects = Fixtures.press(
            [.character(":")] + Fixtures.type("userreset eva") + [.enter] + Fixtures.type("new-pass-123") + [.enter]
                + Fixtures.type("new-pass-123") + [.enter], on: &state)
        #expect(effects == [.resetPassword(userName: "eva", password: "new-pass-123")])
        _ = state.handle(.received(.passwordReset(userName: "eva", nil)))
        #expect(state.message?.text.hasPrefix("New password set for eva") == true)
    }

    @Test("a changing command asks for payload and reason, and the backend's refusal is shown in words")
    func changingCommand() {
        let id = Fixtures.id("CP-1")
        var state = Fixtures.state(rows: [Fixtures.row("CP-1")])
        Fixtures.press([.enter, .character("x")], on: &state)
        let resetIndex = RemoteCommandKind.allCases.firstIndex(of: .reset) ?? 0
        Fixtures.press(Array(repeating: .down, count: resetIndex) + [.enter], on: &state)
        #expect(state.input == .prompt(Prompt(.commandPayload(id, .reset), text: #"{"type":"Soft"}"#)))
        let effects = Fixtures.press([.enter] + Fixtures.type("Kunde meldet Hänger") + [.enter], on: &state)
        let request = CommandRequest(
            station: id, command: .reset, payloadJSON: #"{"type":"Soft"}"#, reason: "Kunde meldet Hänger")
        #expect(effects == [.runCommand(request)])
        let refreshed = state.handle(
            .received(.commandFinished(.reset, .failure(.refused(.changeTicketRequired(command: .reset, station: id)))))
        )
        #expect(refreshed == [.loadStation(id)])
        #expect(Fixtures.text(state).contains("Reset to CP-1 refused: changing commands need a change order"))
    }
}
