import Foundation

/// One remote command in the outgoing command log: who asked, why, what was sent and what came back.
package struct CommandLogEntry: Sendable, Equatable, Codable {
    package var id: Int64?
    package var stationID: StationID
    package var command: RemoteCommandKind
    package var requestedBy: AgentLogin
    package var reason: String
    /// The request payload as sent, JSON text.
    package var requestJSON: String
    package var requestedAt: Date
    package var outcome: CommandOutcome?
    package var answeredAt: Date?

    package init(
        id: Int64? = nil, stationID: StationID, command: RemoteCommandKind, requestedBy: AgentLogin, reason: String,
        requestJSON: String, requestedAt: Date, outcome: CommandOutcome? = nil, answeredAt: Date? = nil
    ) {
        self.id = id
        self.stationID = stationID
        self.command = command
        self.requestedBy = requestedBy
        self.reason = reason
        self.requestJSON = requestJSON
        self.requestedAt = requestedAt
        self.outcome = outcome
        self.answeredAt = answeredAt
    }
}

/// How a remote command ended.
package enum CommandOutcome: Sendable, Equatable, Codable {
    /// The station answered with a CALLRESULT (JSON text of its payload).
    case answered(responseJSON: String)
    /// The station answered with a CALLERROR.
    case failed(code: String, description: String)
    /// No answer within the timeout.
    case timedOut
    /// The connection closed before an answer came.
    case disconnected
    /// The backend did not send it.
    case refused(reason: String)
}
