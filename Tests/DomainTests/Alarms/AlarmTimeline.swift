import Domain
import Foundation

/// Fixed instants and names for the alarm tests: `AlarmTimeline.at(90)` is 90 s after a fixed start.
enum AlarmTimeline {
    static let start = Date(timeIntervalSince1970: 1_750_000_000)
    static let station = StationID("CP-0042")!

    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    static func key(_ kind: AlarmKind, connector: ConnectorNumber? = nil, transaction: TransactionID? = nil)
        -> AlarmKey
    {
        AlarmKey(stationID: station, kind: kind, connector: connector, transaction: transaction)
    }

    /// A monitor with default settings whose station connected at 0 s.
    static func connectedMonitor(settings: AlarmSettings = AlarmSettings()) -> StationMonitor {
        var monitor = StationMonitor(stationID: station, settings: settings, now: at(0))
        _ = monitor.handle(.connected, at: at(0))
        return monitor
    }

    /// A monitor with default settings whose station connected at 0 s and booted at 1 s.
    static func bootedMonitor(settings: AlarmSettings = AlarmSettings()) -> StationMonitor {
        var monitor = connectedMonitor(settings: settings)
        _ = monitor.handle(.booted(heartbeatInterval: .seconds(300)), at: at(1))
        return monitor
    }
}
