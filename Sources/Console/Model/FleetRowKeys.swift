import BackendClient
import Domain
import Foundation

/// What sorting and filtering read of a fleet row, derived once when the row arrives: its condition, its texts
/// folded for searching, and the texts a frame draws made safe.
struct FleetRowKeys: Sendable {
    /// What the `/` filter reads: the texts folded for searching, and the condition.
    var search: FleetSearchKeys
    /// Seconds since 1970 of the last message; -infinity for a station never heard from.
    var lastMessage: Double
    /// Open alarms weighted by the worst severity, so more severe sorts first.
    var alarmRank: Int
    /// The row's station-supplied texts made terminal-safe once, so drawing a frame need not.
    var safeCustomer: String
    var safeSite: String
    var safeCity: String
    var safeFirmware: String

    var id: [UInt8] { search.id }
    var condition: StationCondition { search.condition }

    init(_ row: FleetRow) {
        search = FleetSearchKeys(row)
        lastMessage = row.lastMessageAt?.timeIntervalSince1970 ?? -.infinity
        let severityWeight = row.worstAlarmSeverity.map { AlarmSeverity.allCases.count - $0.sortIndex } ?? 0
        alarmRank = severityWeight * 1_000_000 + row.openAlarmCount
        safeCustomer = TerminalSafeText.sanitize(row.customerName, limit: 80)
        safeSite = TerminalSafeText.sanitize(row.siteName, limit: 80)
        safeCity = TerminalSafeText.sanitize(row.city, limit: 80)
        safeFirmware = TerminalSafeText.sanitize(row.firmwareVersion, limit: 50)
    }
}

extension AlarmSeverity {
    /// 0 for critical … 3 for warning: the order `allCases` lists them in.
    var sortIndex: Int { AlarmSeverity.allCases.firstIndex(of: self) ?? 0 }
}
