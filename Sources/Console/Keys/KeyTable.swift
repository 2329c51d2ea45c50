/// The key bindings of each screen, in the order the hint bar and the help list them.
package enum KeyTable {
    /// Keys that work on every screen after login.
    package static let global: [KeyBinding] = [
        KeyBinding([.character("?")], label: "?", title: { $0.keyHelp }, action: .help, isHint: true),
        KeyBinding([.character(":")], label: ":", title: { $0.keyCommandLine }, action: .commandLine, isHint: true),
        KeyBinding([.escape], label: "Esc", title: { $0.keyBack }, action: .back, isHint: true),
        KeyBinding([.tab], label: "Tab", title: { $0.keySwitchView }, action: .switchView),
        KeyBinding([.control("r")], label: "Ctrl-R", title: { $0.keyReload }, action: .reload),
        KeyBinding([.control("c")], label: "Ctrl-C", title: { $0.keyQuit }, action: .quit),
    ]

    /// Moving through a list or a page.
    package static let lists: [KeyBinding] = [
        KeyBinding([.character("j"), .down], label: "j/↓", title: { $0.keyMove }, action: .moveDown),
        KeyBinding([.character("k"), .up], label: "k/↑", title: { $0.keyMove }, action: .moveUp),
        KeyBinding(
            [.pageDown, .control("f"), .character(" ")], label: "PgDn", title: { $0.keyPage }, action: .pageDown),
        KeyBinding([.pageUp, .control("b")], label: "PgUp", title: { $0.keyPage }, action: .pageUp),
        KeyBinding([.home, .character("g")], label: "g/Home", title: { $0.keyTopBottom }, action: .top),
        KeyBinding([.end, .character("G")], label: "G/End", title: { $0.keyTopBottom }, action: .bottom),
    ]

    package static let fleet: [KeyBinding] = [
        KeyBinding([.enter], label: "Enter", title: { $0.keyOpen }, action: .open, isHint: true),
        KeyBinding([.character("/")], label: "/", title: { $0.keyFilter }, action: .filter, isHint: true),
        KeyBinding([.character("s")], label: "s", title: { $0.keySortCycle }, action: .sortCycle, isHint: true),
        KeyBinding([.character("S")], label: "Shift-S", title: { $0.keySortBy(.condition) }, action: .sort(.condition)),
        KeyBinding([.character("I")], label: "Shift-I", title: { $0.keySortBy(.id) }, action: .sort(.id)),
        KeyBinding([.character("C")], label: "Shift-C", title: { $0.keySortBy(.customer) }, action: .sort(.customer)),
        KeyBinding([.character("T")], label: "Shift-T", title: { $0.keySortBy(.city) }, action: .sort(.city)),
        KeyBinding([.character("A")], label: "Shift-A", title: { $0.keySortBy(.silence) }, action: .sort(.silence)),
        KeyBinding([.character("L")], label: "Shift-L", title: { $0.keySortBy(.alarms) }, action: .sort(.alarms)),
    ]

    package static let alarms: [KeyBinding] = [
        KeyBinding([.enter], label: "Enter", title: { $0.keyOpen }, action: .open, isHint: true),
        KeyBinding([.character("a")], label: "a", title: { $0.keyAcknowledge }, action: .acknowledge, isHint: true),
    ]

    package static let station: [KeyBinding] = [
        KeyBinding(
            [.character("c")], label: "c", title: { $0.keyConfiguration }, action: .readConfiguration, isHint: true),
        KeyBinding([.character("r")], label: "r", title: { $0.keyRawFrames }, action: .toggleRawFrames, isHint: true),
        KeyBinding([.character("x")], label: "x", title: { $0.keyCommands }, action: .showCommands, isHint: true),
    ]

    package static let commands: [KeyBinding] = [
        KeyBinding(
            [.enter], label: "Enter", title: { $0.keyRunCommand }, action: .open, isHint: true, isDangerous: true)
    ]

    /// The bindings that apply on `screen`, its own first.
    package static func bindings(for screen: ConsoleScreen) -> [KeyBinding] {
        switch screen {
        case .login: []
        case .fleet: fleet + lists + global
        case .alarms: alarms + lists + global
        case .station: station + lists + global
        case .commands: commands + lists + global
        case .card, .session: lists + global
        }
    }

    /// The help's groups, each with its keys.
    package static let helpGroups: [(HelpSection, [KeyBinding])] = [
        (.global, global), (.lists, lists), (.fleet, fleet), (.alarms, alarms), (.station, station),
        (.commands, commands),
    ]
}
