import Domain
import Foundation

/// Everything about one station at a glance: who owns it, where it stands, what it is doing and what it
/// said lately. What the station screen shows, in one call.
package struct StationDetail: Sendable, Equatable, Codable {
    package var row: FleetRow
    package var station: Station
    package var site: Site?
    package var customer: Customer?
    /// The latest status of each connector.
    package var connectors: [StatusReport]
    /// Sessions not yet stopped on this station.
    package var openSessions: [ChargingSession]
    /// The frames it sent and received last, newest first.
    package var recentFrames: [JournalEntry]
    /// Status changes, newest first.
    package var statusHistory: [StatusReport]
    /// Alarms of every state, newest first.
    package var alarmHistory: [AlarmSummary]
    /// Remote commands, newest first.
    package var commandLog: [CommandLogEntry]

    package init(
        row: FleetRow, station: Station, site: Site?, customer: Customer?, connectors: [StatusReport],
        openSessions: [ChargingSession], recentFrames: [JournalEntry], statusHistory: [StatusReport],
        alarmHistory: [AlarmSummary], commandLog: [CommandLogEntry]
    ) {
        self.row = row
        self.station = station
        self.site = site
        self.customer = customer
        self.connectors = connectors
        self.openSessions = openSessions
        self.recentFrames = recentFrames
        self.statusHistory = statusHistory
        self.alarmHistory = alarmHistory
        self.commandLog = commandLog
    }
}
