import BackendClient
import Domain

/// The answer to a `ConsoleEffect`, or an event from the live stream.
package enum BackendMessage: Sendable {
    case loggedIn(Result<AccountSummary, BackendClientError>)
    case fleetLoaded(Result<FleetSnapshot, BackendClientError>, generation: Int)
    case alarmsLoaded(Result<[AlarmSummary], BackendClientError>, generation: Int)
    case live(LiveUpdate, generation: Int)
    /// The live stream ended, with the reason when it failed.
    case liveEnded(BackendClientError?, generation: Int)
    case retryDue(generation: Int)
    case stationLoaded(StationID, Result<StationDetail, BackendClientError>)
    case configurationLoaded(StationID, Result<StationConfiguration, BackendClientError>)
    case acknowledged(AlarmID, Result<AlarmSummary, BackendClientError>)
    case cardLoaded(IdTag, Result<CardReport, BackendClientError>)
    case sessionLoaded(TransactionID, Result<SessionReport, BackendClientError>)
    case commandFinished(RemoteCommandKind, Result<CommandLogEntry, BackendClientError>)
    case passwordChanged(BackendClientError?)
    case accountCreated(Result<AccountSummary, BackendClientError>)
    case passwordReset(userName: String, BackendClientError?)
    case themeLoaded(Result<Theme, ThemeError>)
}
