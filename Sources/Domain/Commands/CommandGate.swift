/// Decides whether a remote command may be sent to a station. Every road to a station command asks it.
///
/// Reading commands always pass. Changing commands need a change order that the customer confirmed by
/// e-mail; change tickets arrive with the mail-intake issue, so until then every changing command is refused.
package enum CommandGate {
    package static func check(_ kind: RemoteCommandKind, for station: StationID) -> CommandRefusal? {
        kind.isReading ? nil : .changeTicketRequired(command: kind, station: station)
    }
}
