import BackendClient
import Domain
import Foundation

/// What sorting and filtering read of a fleet row, derived once when the row arrives: its condition and
/// its texts folded for searching.
struct FleetRowKeys: Sendable {
    var id: [UInt8]
    var condition: StationCondition
    var customer: [UInt8]
    var site: [UInt8]
    var street: [UInt8]
    var postalCode: [UInt8]
    var city: [UInt8]
    var vendor: [UInt8]
    var model: [UInt8]
    var firmware: [UInt8]
    /// Seconds since 1970 of the last message; -infinity for a station never heard from.
    var lastMessage: Double
    /// Open alarms weighted by the worst severity, so more severe sorts first.
    var alarmRank: Int
    /// The row's station-supplied texts made terminal-safe once, so drawing a frame need not.
    var safeCustomer: String
    var safeSite: String
    var safeCity: String
    var safeFirmware: String

    init(_ row: FleetRow) {
        id = TextFolding.fold(row.id.rawValue)
        condition = row.condition
        customer = TextFolding.fold(row.customerName)
        site = TextFolding.fold(row.siteName)
        street = TextFolding.fold(row.street)
        postalCode = TextFolding.fold(row.postalCode)
        city = TextFolding.fold(row.city)
        vendor = TextFolding.fold(row.vendor)
        model = TextFolding.fold(row.model)
        firmware = TextFolding.fold(row.firmwareVersion)
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
