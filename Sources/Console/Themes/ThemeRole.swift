import Domain

/// What a piece of screen text means; themes give each role its colours, views never name a colour.
package enum ThemeRole: UInt8, Sendable, CaseIterable {
    case text, textDim, title, header, statusBar, hintBar, hintKey, tableHeader, selectedRow, input, error, notice
    case stale, newAlarm, changingCommand
    case stationFaulted, stationOffline, stationUnavailable, stationPending, stationCharging, stationAvailable
    case alarmCritical, alarmMajor, alarmMinor, alarmWarning

    /// The role's name in a theme file.
    package var key: String {
        switch self {
        case .text: "text"
        case .textDim: "text.dim"
        case .title: "title"
        case .header: "header"
        case .statusBar: "status-bar"
        case .hintBar: "hint-bar"
        case .hintKey: "hint.key"
        case .tableHeader: "table.header"
        case .selectedRow: "row.selected"
        case .input: "input"
        case .error: "error"
        case .notice: "notice"
        case .stale: "stale"
        case .newAlarm: "alarm.new"
        case .changingCommand: "command.changing"
        case .stationFaulted: "station.faulted"
        case .stationOffline: "station.offline"
        case .stationUnavailable: "station.unavailable"
        case .stationPending: "station.pending"
        case .stationCharging: "station.charging"
        case .stationAvailable: "station.available"
        case .alarmCritical: "alarm.critical"
        case .alarmMajor: "alarm.major"
        case .alarmMinor: "alarm.minor"
        case .alarmWarning: "alarm.warning"
        }
    }

    /// The role a station's condition is shown in.
    package static func condition(_ condition: StationCondition) -> ThemeRole {
        switch condition {
        case .faulted: .stationFaulted
        case .offline: .stationOffline
        case .unavailable: .stationUnavailable
        case .pending: .stationPending
        case .charging: .stationCharging
        case .available: .stationAvailable
        }
    }

    /// The role an alarm severity is shown in.
    package static func severity(_ severity: AlarmSeverity) -> ThemeRole {
        switch severity {
        case .critical: .alarmCritical
        case .major: .alarmMajor
        case .minor: .alarmMinor
        case .warning: .alarmWarning
        }
    }

    /// Attributes that keep the role recognisable on a terminal without colours.
    package var monochromeAttributes: TextAttributes {
        switch self {
        case .header, .statusBar, .selectedRow, .input: .reverse
        case .stationFaulted, .stationOffline, .alarmCritical, .alarmMajor, .error, .newAlarm: .bold
        case .tableHeader, .title, .hintKey: .underline
        default: []
        }
    }
}
