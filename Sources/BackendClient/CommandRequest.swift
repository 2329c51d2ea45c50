import Domain

/// An agent's request to send one remote command to a station. Who asks is never part of it: the backend logs
/// the command under the logged-in caller.
package struct CommandRequest: Sendable, Equatable, Codable {
    package var station: StationID
    package var command: RemoteCommandKind
    /// The OCPP request payload as JSON text; checked against the action's schema before anything is sent.
    package var payloadJSON: String
    /// Why: the caller's story or the ticket it answers, kept in the command log.
    package var reason: String

    package init(station: StationID, command: RemoteCommandKind, payloadJSON: String, reason: String) {
        self.station = station
        self.command = command
        self.payloadJSON = payloadJSON
        self.reason = reason
    }
}
