/// The `?` help: every key of every screen from the key tables, then the `:` commands.
enum HelpPage {
    static func lines(_ state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = []
        for (section, bindings) in KeyTable.helpGroups {
            lines.append(.heading(strings.helpSection(section)))
            for binding in bindings {
                var spans = [
                    PageLine.Span(text: "  " + pad(binding.label, to: 10), role: .hintKey),
                    PageLine.Span(text: binding.title(strings), role: .text),
                ]
                if binding.isDangerous {
                    spans.append(PageLine.Span(text: "  (\(strings.dangerousMark))", role: .changingCommand))
                }
                lines.append(PageLine(spans))
            }
        }
        lines.append(.heading(strings.helpSection(.textInput)))
        lines.append(.item(strings.keyTextInput))
        lines.append(.heading(strings.helpSection(.commandLine)))
        for name in ConsoleCommand.Name.allCases {
            lines.append(
                PageLine([
                    PageLine.Span(text: "  " + pad(name.syntax, to: 16), role: .hintKey),
                    PageLine.Span(text: strings.commandDescription(name), role: .text),
                ]))
        }
        return lines
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - DisplayWidth.of(text)))
    }
}
