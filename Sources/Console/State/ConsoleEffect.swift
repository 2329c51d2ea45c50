import BackendClient
import Domain

/// Work the console state asks for; the runtime performs it off the draw loop and answers with a
/// `BackendMessage`. Loads tagged with a generation belong to one connection attempt (or one change of the
/// `FleetScope` the console follows), so answers from an abandoned attempt are ignored. A new `.subscribe` ends
/// the stream of the one before.
package enum ConsoleEffect: Sendable, Equatable {
    case login(userName: String, password: String)
    case subscribe(generation: Int, scope: FleetScope)
    case loadFleet(generation: Int, scope: FleetScope)
    case loadAlarms(generation: Int)
    case retry(after: Duration, generation: Int)
    case loadStation(StationID)
    case loadConfiguration(StationID)
    case acknowledge(AlarmID, comment: String)
    case loadCard(IdTag)
    case loadSession(TransactionID)
    case runCommand(CommandRequest)
    case changePassword(current: String, new: String)
    case createAccount(NewAccount)
    case resetPassword(userName: String, password: String)
    case loadTheme(String)
    case quit
}
