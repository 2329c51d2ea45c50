import Domain

/// Which view fills the body of the screen.
package enum ConsoleScreen: Sendable, Equatable {
    case login
    case fleet
    case alarms
    case station(StationID)
    case commands(StationID)
    case card(IdTag)
    case session(TransactionID)
}
