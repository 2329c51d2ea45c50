import BackendClient
import Domain
import Foundation
import Logging
import OCPP
import OCPPServer

/// The only road to a station command: asks the command gate, logs who asked and why, sends, and logs the answer.
package struct CommandService: Sendable {
    private let server: OCPPServer
    private let committer: GroupCommitter
    private let events: EventBus<BackendEvent>
    private let clock: any WallClock
    /// How long a station has to answer a command.
    private let timeout: Duration
    private let logger: Logger

    package init(
        server: OCPPServer, committer: GroupCommitter, events: EventBus<BackendEvent>, clock: any WallClock,
        timeout: Duration, logger: Logger
    ) {
        self.server = server
        self.committer = committer
        self.events = events
        self.clock = clock
        self.timeout = timeout
        self.logger = logger
    }

    /// Sends `request` for `agent` if the gate allows it; returns the command log entry with the station's answer.
    ///
    /// A refused command is logged as refused and thrown as `BackendClientError.refused`.
    package func run(_ request: CommandRequest, by agent: AgentLogin) async throws(BackendClientError)
        -> CommandLogEntry
    {
        let payload = try Self.validatedPayload(request)
        var entry = CommandLogEntry(
            stationID: request.station, command: request.command, requestedBy: agent,
            reason: request.reason, requestJSON: payload.encodedText(), requestedAt: clock.now())
        if let refusal = CommandGate.check(request.command, for: request.station) {
            try await logRefusal(entry, refusal)
            throw .refused(refusal)
        }
        guard let connection = server.connection(for: request.station.rawValue) else {
            let refusal = CommandRefusal.stationOffline(station: request.station)
            try await logRefusal(entry, refusal)
            throw .refused(refusal)
        }
        entry.id = try await logged(entry)
        let outcome = await send(request.command, payload: payload, over: connection)
        entry.outcome = outcome
        entry.answeredAt = clock.now()
        if let id = entry.id, let answeredAt = entry.answeredAt {
            do {
                _ = try await committer.commit(.commandAnswered(logID: id, outcome, at: answeredAt))
            } catch {
                logger.error("A command's answer could not be logged", metadata: [LogKey.error: "\(error)"])
            }
        }
        logger.info(
            "Command finished",
            metadata: [
                LogKey.station: "\(request.station)", LogKey.action: "\(request.command.rawValue)",
                LogKey.agent: "\(agent)",
            ])
        events.publish(.commandFinished(entry))
        return entry
    }

    private static func validatedPayload(_ request: CommandRequest) throws(BackendClientError) -> JSONValue {
        guard let action = CentralSystemAction(rawValue: request.command.rawValue) else {
            throw .invalidRequest("\(request.command.rawValue) is not an OCPP 1.6 command")
        }
        let payload: JSONValue
        do {
            payload = try JSONValue(parsing: request.payloadJSON)
        } catch {
            throw .invalidRequest("the payload is not JSON")
        }
        if case .failure(let violation) = CentralSystemRequest.decode(payload, action: action) {
            throw .invalidRequest(violation.description)
        }
        return payload
    }

    private func send(_ command: RemoteCommandKind, payload: JSONValue, over connection: StationConnection) async
        -> CommandOutcome
    {
        do {
            let answer = try await connection.send(action: command.rawValue, payload: payload, timeout: timeout)
            switch answer {
            case .callResult(let result):
                return .answered(responseJSON: result.payload.encodedText())
            case .callError(let error):
                return .failed(code: error.code.rawValue, description: String(error.description.prefix(200)))
            case .call:
                return .failed(
                    code: OCPPErrorCode.protocolError.rawValue, description: "The station answered with a CALL.")
            }
        } catch let error as StationCallError where error.code == .timedOut {
            return .timedOut
        } catch {
            return .disconnected
        }
    }

    private func logged(_ entry: CommandLogEntry) async throws(BackendClientError) -> Int64 {
        do {
            guard case .commandLogged(let id) = try await committer.commit(.commandLogged(entry)) else {
                throw StoreFailure("the command log gave no entry number")
            }
            return id
        } catch {
            logger.error("A command could not be logged; it was not sent", metadata: [LogKey.error: "\(error)"])
            throw .unreachable("the command log cannot be written, so the command was not sent")
        }
    }

    private func logRefusal(_ entry: CommandLogEntry, _ refusal: CommandRefusal) async throws(BackendClientError) {
        var refused = entry
        refused.outcome = .refused(reason: refusal.description)
        refused.answeredAt = entry.requestedAt
        _ = try await logged(refused)
        logger.notice(
            "Command refused",
            metadata: [
                LogKey.station: "\(entry.stationID)", LogKey.action: "\(entry.command.rawValue)",
                LogKey.agent: "\(entry.requestedBy)",
            ])
    }
}
