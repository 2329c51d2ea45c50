import Foundation

extension StationMonitor {
    /// What the store remembers of a station when the backend starts, so that monitoring picks up where it was.
    package struct Restoration: Sendable, Equatable {
        /// The station's last BootNotification (`Station.lastBootAt`).
        package var lastBootAt: Date?
        /// The station's open sessions; stopped ones are skipped.
        package var openSessions: [ChargingSession]
        /// The station's uncleared alarms; cleared ones are skipped.
        package var activeAlarms: [Alarm]

        package init(lastBootAt: Date? = nil, openSessions: [ChargingSession] = [], activeAlarms: [Alarm] = []) {
            self.lastBootAt = lastBootAt
            self.openSessions = openSessions
            self.activeAlarms = activeAlarms
        }
    }
}
