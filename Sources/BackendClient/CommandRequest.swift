import Domain

/// An agent's request to send one remote command to a station.
package struct CommandRequest: Sendable, Equatable, Codable {
    package var station: StationID
    package var command: RemoteCommandKind
    /// The OCPP request payload as JSON text; checked against the action's schema before anything is sent.
    package var payloadJSON: String
    package var requestedBy: AgentLogin
    /// Why: the caller's story or the ticket it answers, kept in the command log.
    package var reason: String

    package init(
        station: StationID, command: RemoteCommandKind, payloadJSON: String, requestedBy: AgentLogin, reason: String
    ) {
        self.station = station
        self.command = command
        self.payloadJSON = payloadJSON
        self.requestedBy = requestedBy
        self.reason = reason
    }
}
