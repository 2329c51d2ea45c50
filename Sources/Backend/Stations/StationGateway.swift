import Domain
import Foundation
import Logging
import OCPP
import OCPPServer
import Telemetry

/// The backend's side of every charge-point session: decodes calls, has them handled and stored, feeds the
/// alarm rules and tells subscribers. No protocol rule lives here; it only routes.
package final class StationGateway: StationSessionHandler {
    private let requests: ChargePointRequestHandler
    private let alarms: AlarmService
    private let events: EventBus<BackendEvent>
    private let committer: GroupCommitter
    private let clock: any WallClock
    private let metrics: LeitstandMetrics
    private let logger: Logger

    package init(
        committer: GroupCommitter, alarms: AlarmService, events: EventBus<BackendEvent>, settings: StationSettings,
        clock: any WallClock, metrics: LeitstandMetrics, logger: Logger
    ) {
        self.requests = ChargePointRequestHandler(committer: committer, settings: settings, clock: clock)
        self.alarms = alarms
        self.events = events
        self.committer = committer
        self.clock = clock
        self.metrics = metrics
        self.logger = logger
    }

    package func sessionOpened(_ connection: StationConnection) async {
        guard let station = StationID(connection.stationID) else { return }
        let now = clock.now()
        metrics.stationConnected()
        logger.debug("Station connected", metadata: [LogKey.station: "\(station)"])
        alarms.observe(.connected, from: station, at: now)
        events.publish(.stationConnected(station, at: now))
    }

    package func callReceived(_ call: Call, on connection: StationConnection, reply: CallReply) {
        let started = ContinuousClock.now
        let metrics = self.metrics
        answer(call, on: connection) { answer in
            let error: OCPPErrorCode? = if case .callError(let refusal) = answer { refusal.code } else { nil }
            metrics.callHandled(ChargePointAction(rawValue: call.action), took: .now - started, error: error)
            reply.send(answer)
        }
    }

    private func answer(_ call: Call, on connection: StationConnection, then send: @escaping @Sendable (Frame) -> Void)
    {
        guard let station = StationID(connection.stationID) else {
            send(
                .callError(CallError(messageID: call.messageID, code: .securityError, description: "Unknown station.")))
            return
        }
        let now = clock.now()
        let request: ChargePointRequest
        switch ChargePointRequest.decode(call) {
        case .failure(let error):
            logger.notice(
                "Refused a malformed call",
                metadata: [
                    LogKey.station: "\(station)", LogKey.action: "\(call.action.prefix(40))",
                    LogKey.error: "\(error.code.rawValue)",
                ])
            alarms.observe(.messageReceived, from: station, at: now)
            send(.callError(error))
            return
        case .success(let decoded):
            request = decoded
        }
        requests.handle(request, from: station, at: now) { result in
            self.finish(request, call: call, station: station, at: now, result, then: send)
        }
    }

    /// Feeds what a handled request showed to the alarm rules and subscribers, and answers it.
    private func finish(
        _ request: ChargePointRequest, call: Call, station: StationID, at now: Date,
        _ result: Result<ChargePointResponse, any Error>, then send: (Frame) -> Void
    ) {
        switch result {
        case .success(let response):
            for observation in StationObservation.observations(
                of: request, answered: response, settings: requests.settings)
            {
                alarms.observe(observation, from: station, at: now)
            }
            publishEvents(of: request, answered: response, station: station, at: now)
            send(.callResult(response.callResult(messageID: call.messageID)))
        case .failure(let error):
            logger.error(
                "Could not store a station's message",
                metadata: [
                    LogKey.station: "\(station)", LogKey.action: "\(request.action.rawValue)",
                    LogKey.error: "\(error)",
                ])
            send(
                .callError(
                    CallError(
                        messageID: call.messageID, code: .internalError,
                        description: "The central system could not store this message; please send it again.")))
        }
    }

    package func sessionClosed(_ connection: StationConnection, reason: CloseReason) async {
        guard let station = StationID(connection.stationID) else { return }
        metrics.stationDisconnected()
        guard reason.isStationGone else { return }
        let now = clock.now()
        logger.debug("Station disconnected", metadata: [LogKey.station: "\(station)", "ocpp.close": "\(reason)"])
        alarms.observe(.disconnected, from: station, at: now)
        events.publish(.stationDisconnected(station, at: now))
    }

    package func frameRefused(_ error: CallError, on connection: StationConnection) {
        metrics.frameRefused(error.code)
    }

    package func frameJournaled(_ record: FrameRecord, on connection: StationConnection) {
        guard let station = StationID(connection.stationID) else { return }
        let direction: FrameDirection = record.direction == .incoming ? .fromStation : .toStation
        committer.journal(JournalEntry(stationID: station, at: record.time, direction: direction, text: record.text))
    }

    private func publishEvents(
        of request: ChargePointRequest, answered response: ChargePointResponse, station: StationID, at now: Date
    ) {
        switch (request, response) {
        case (.bootNotification(let boot), _):
            events.publish(.stationBooted(station, StationIdentity(boot), at: now))
        case (.heartbeat, _):
            events.publish(.heartbeatReceived(station, at: now))
        case (.statusNotification(let status), _):
            events.publish(.statusReported(StatusReport(status, station: station, receivedAt: now)))
        case (.meterValues(let values), _):
            events.publish(
                .meterValuesReported(
                    station, transactionID: values.transactionId.map { TransactionID(Int64($0)) }, at: now))
        case (.stopTransaction(let stop), _):
            events.publish(
                .sessionStopped(
                    TransactionID(Int64(stop.transactionId)), stationID: station,
                    SessionStop(stop)))
        case (.startTransaction(let start), .startTransaction(let answer)):
            events.publish(
                .sessionStarted(
                    ChargingSession(
                        id: TransactionID(Int64(answer.transactionId)), stationID: station,
                        connector: start.connectorId,
                        idTag: IdTag(start.idTag), billing: nil, meterStartWh: Int64(start.meterStart),
                        startedAt: start.timestamp)))
        default:
            break
        }
    }
}
