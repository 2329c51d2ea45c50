import Domain
import Foundation
import OCPP

/// Gives every charge-point request its OCPP 1.6 meaning: stores what it reports, then answers.
///
/// Every answer that acknowledges a fact (a status, a meter value, a transaction) is built only after the
/// change holding that fact committed.
struct ChargePointRequestHandler: Sendable {
    let store: any LeitstandStore
    let committer: GroupCommitter
    let settings: StationSettings
    let clock: any WallClock

    /// The answer to `request` from `station`, received at `now`.
    func handle(_ request: ChargePointRequest, from station: StationID, at now: Date) async throws
        -> ChargePointResponse
    {
        switch request {
        case .bootNotification(let boot):
            return .bootNotification(try await booted(station, boot, at: now))
        case .heartbeat:
            return .heartbeat(HeartbeatResponse(currentTime: clock.now()))
        case .statusNotification(let status):
            _ = try await committer.commit(.statusReported(StatusReport(status, station: station, receivedAt: now)))
            return .statusNotification(StatusNotificationResponse())
        case .authorize(let authorize):
            let decision = try await decide(IdTag(authorize.idTag), station: station, source: .authorize, at: now)
            return .authorize(AuthorizeResponse(idTagInfo: IdTagInfo(decision)))
        case .startTransaction(let start):
            return .startTransaction(try await started(station, start, at: now))
        case .stopTransaction(let stop):
            return .stopTransaction(try await stopped(station, stop, at: now))
        case .meterValues(let values):
            _ = try await committer.commit(.meterValuesReported(MeterReading.readings(of: values, station: station)))
            return .meterValues(MeterValuesResponse())
        case .dataTransfer(let transfer):
            _ = try await committer.commit(
                .dataTransferReceived(
                    station, vendorID: transfer.vendorId, messageID: transfer.messageId, dataJSON: transfer.data,
                    at: now))
            return .dataTransfer(DataTransferResponse(status: .unknownVendorId))
        case .firmwareStatusNotification(let notification):
            _ = try await committer.commit(
                .stationNotified(
                    station, kind: "FirmwareStatusNotification", status: notification.status.rawValue, at: now))
            return .firmwareStatusNotification(FirmwareStatusNotificationResponse())
        case .diagnosticsStatusNotification(let notification):
            _ = try await committer.commit(
                .stationNotified(
                    station, kind: "DiagnosticsStatusNotification", status: notification.status.rawValue, at: now))
            return .diagnosticsStatusNotification(DiagnosticsStatusNotificationResponse())
        }
    }

    private func booted(_ station: StationID, _ boot: BootNotificationRequest, at now: Date) async throws
        -> BootNotificationResponse
    {
        let identity = StationIdentity(boot)
        _ = try await committer.commit(.stationBooted(station, identity, at: now))
        let registration = try await store.station(station)?.registration ?? .pending
        let status: RegistrationStatus =
            switch registration {
            case .accepted: .accepted
            case .pending: .pending
            case .rejected: .rejected
            }
        let interval = status == .accepted ? settings.heartbeatInterval : settings.pendingRetryInterval
        return BootNotificationResponse(
            status: status, currentTime: clock.now(), interval: Int(interval.components.seconds))
    }

    private func decide(
        _ tag: IdTag, station: StationID, source: AuthorizationSource, at now: Date
    ) async throws -> CardDecision {
        let decision = CardDecision.classify(
            tag, card: try await store.card(tag), policy: settings.foreignCardPolicy, now: now)
        _ = try await committer.commit(
            .authorizationAttempted(
                AuthorizationAttempt(stationID: station, idTag: tag, at: now, source: source, decision: decision)))
        return decision
    }

    private func started(_ station: StationID, _ start: StartTransactionRequest, at now: Date) async throws
        -> StartTransactionResponse
    {
        let tag = IdTag(start.idTag)
        let decision = try await decide(tag, station: station, source: .startTransaction, at: now)
        let receipt = try await committer.commit(
            .transactionStarted(
                TransactionStart(
                    stationID: station, connector: start.connectorId, idTag: tag, billing: decision.billing,
                    meterStartWh: Int64(start.meterStart), startedAt: start.timestamp,
                    reservationID: start.reservationId.map { Int64($0) })))
        guard case .transactionNumbered(let id) = receipt else { throw StoreFailure("no transaction id was assigned") }
        return StartTransactionResponse(idTagInfo: IdTagInfo(decision), transactionId: Int(id.rawValue))
    }

    private func stopped(_ station: StationID, _ stop: StopTransactionRequest, at now: Date) async throws
        -> StopTransactionResponse
    {
        let sessionStop = SessionStop(stop)
        _ = try await committer.commit(
            .transactionStopped(TransactionID(Int64(stop.transactionId)), stationID: station, sessionStop))
        guard let tag = sessionStop.idTag else { return StopTransactionResponse() }
        let decision = try await decide(tag, station: station, source: .stopTransaction, at: now)
        return StopTransactionResponse(idTagInfo: IdTagInfo(decision))
    }
}

/// What the backend tells stations and how it treats their cards; from `leitstand serve`'s options.
package struct StationSettings: Sendable {
    /// The heartbeat interval BootNotification answers to accepted stations.
    package var heartbeatInterval: Duration
    /// How soon a pending station should boot again.
    package var pendingRetryInterval: Duration
    package var foreignCardPolicy: ForeignCardPolicy

    package init(heartbeatInterval: Duration, pendingRetryInterval: Duration, foreignCardPolicy: ForeignCardPolicy) {
        self.heartbeatInterval = heartbeatInterval
        self.pendingRetryInterval = pendingRetryInterval
        self.foreignCardPolicy = foreignCardPolicy
    }
}
