/// Why the backend refused to send a remote command.
package enum CommandRefusal: Error, Sendable, Equatable, Codable {
    /// A changing command without a change order confirmed by e-mail.
    case changeTicketRequired(command: RemoteCommandKind, station: StationID)
    /// The station has no open connection to the backend.
    case stationOffline(station: StationID)
    /// No station with this id is registered.
    case unknownStation(station: StationID)
}

extension CommandRefusal: CustomStringConvertible {
    /// An English sentence for logs and the command line; screens translate the case themselves.
    package var description: String {
        switch self {
        case .changeTicketRequired(let command, let station):
            "\(command.rawValue) to \(station) refused: changing commands need a change order confirmed by the customer in writing by e-mail, and change tickets are not available yet."
        case .stationOffline(let station):
            "\(station) is not connected to the backend; remote commands need a live connection."
        case .unknownStation(let station):
            "No station \(station) is registered."
        }
    }
}
