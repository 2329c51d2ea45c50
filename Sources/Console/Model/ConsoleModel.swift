import BackendClient
import Domain
import Foundation

/// What the console knows of the backend: the fleet, the open alarms, and whatever the agent opened.
/// Filled by loads and kept current by live updates; views only read it.
package struct ConsoleModel: Sendable {
    package var account: AccountSummary?
    package var fleet = FleetTable()
    package var alarms = AlarmBoard()
    package var connection = ConnectionState.loggedOut
    /// When the fleet was last known to be current (the last load or live update).
    package var currentAsOf: Date?
    package var station: Loadable<StationDetail> = .idle
    package var configuration: Loadable<StationConfiguration> = .idle
    package var card: Loadable<CardReport> = .idle
    package var session: Loadable<SessionReport> = .idle
    /// The answer to the last command the agent ran from the commands list.
    package var commandResult: Loadable<CommandLogEntry> = .idle

    package init() {}

    /// What a live update asks of the console besides the change itself.
    package enum UpdateOutcome: Sendable, Equatable {
        case applied
        /// A new alarm arrived: worth a notice, not worth taking the focus.
        case newAlarm(AlarmSummary)
        /// Updates were lost; fleet and alarms must be fetched again.
        case resyncNeeded
    }

    /// Applies a live update; a station row only replaces an older revision.
    package mutating func apply(_ update: LiveUpdate, at now: Date) -> UpdateOutcome {
        currentAsOf = now
        switch update {
        case .station(let row):
            fleet.apply(row)
            if case .loaded(var detail) = station, detail.row.id == row.id, row.revision > detail.row.revision {
                detail.row = row
                station = .loaded(detail)
            }
            return .applied
        case .alarm(let alarm):
            return alarms.apply(alarm) ? .newAlarm(alarm) : .applied
        case .resync:
            return .resyncNeeded
        }
    }

    /// Forgets everything a login saw.
    package mutating func logOut() {
        self = ConsoleModel()
    }
}
