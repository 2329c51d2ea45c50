extension Theme {
    /// The theme used when no theme file loads: the same as `themes/dark.json`.
    package static let builtIn = Theme(name: "dark") { role in
        let (foreground, background, basicForeground, basicBackground, attributes) = darkPalette(role)
        return RoleStyle(
            foreground: foreground, background: background, basicForeground: basicForeground,
            basicBackground: basicBackground, attributes: attributes)
    }

    private static func darkPalette(_ role: ThemeRole) -> (Int?, Int?, BasicColor, BasicColor, TextAttributes) {
        switch role {
        case .text: (252, 234, .white, .black, [])
        case .textDim: (245, 234, .white, .black, [])
        case .title: (117, 234, .cyan, .black, [.bold])
        case .header: (231, 24, .white, .blue, [.bold])
        case .statusBar: (231, 238, .white, .blue, [])
        case .hintBar: (250, 236, .white, .black, [])
        case .hintKey: (214, 236, .yellow, .black, [.bold])
        case .tableHeader: (117, 236, .cyan, .black, [.bold])
        case .selectedRow: (231, 31, .black, .cyan, [.bold])
        case .input: (231, 238, .white, .blue, [])
        case .error: (231, 160, .white, .red, [.bold])
        case .notice: (120, 234, .green, .black, [])
        case .stale: (208, 234, .yellow, .black, [.bold])
        case .newAlarm: (231, 90, .white, .magenta, [.bold])
        case .changingCommand: (209, 234, .red, .black, [])
        case .stationFaulted: (196, 234, .red, .black, [.bold])
        case .stationOffline: (141, 234, .magenta, .black, [.bold])
        case .stationUnavailable: (214, 234, .yellow, .black, [])
        case .stationPending: (75, 234, .cyan, .black, [])
        case .stationCharging: (39, 234, .blue, .black, [.bold])
        case .stationAvailable: (114, 234, .green, .black, [])
        case .alarmCritical: (196, 234, .red, .black, [.bold])
        case .alarmMajor: (208, 234, .yellow, .black, [.bold])
        case .alarmMinor: (221, 234, .yellow, .black, [])
        case .alarmWarning: (110, 234, .cyan, .black, [])
        }
    }
}
