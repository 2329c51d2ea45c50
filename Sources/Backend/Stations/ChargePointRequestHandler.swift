import Domain
import Foundation
import OCPP

/// Gives every charge-point request its OCPP 1.6 meaning: stores what it reports, then answers.
///
/// Every answer that acknowledges a fact (a status, a meter value, a transaction) is built only after the
/// change holding that fact committed. Nothing here waits: each request becomes one or two changes for the group
/// committer, and the answer is built in the commit's completion, so a station's event loop can call `handle`.
struct ChargePointRequestHandler: Sendable {
    let committer: GroupCommitter
    let settings: StationSettings
    let clock: any WallClock

    /// Hears the answer to a request, or why it could not be given; called once, on any thread.
    typealias Completion = @Sendable (Result<ChargePointResponse, any Error>) -> Void

    /// Answers `request` from `station`, received at `now`, through `completion`.
    func handle(
        _ request: ChargePointRequest, from station: StationID, at now: Date, completion: @escaping Completion
    ) {
        switch request {
        case .bootNotification(let boot):
            commit(.stationBooted(station, StationIdentity(boot), at: now), completion) { receipt in
                guard case .stationRegistration(let registration) = receipt else {
                    throw StoreFailure("the boot notification got no registration")
                }
                completion(.success(.bootNotification(bootAnswer(registration))))
            }
        case .heartbeat:
            completion(.success(.heartbeat(HeartbeatResponse(currentTime: clock.now()))))
        case .statusNotification(let status):
            store(
                .statusReported(StatusReport(status, station: station, receivedAt: now)),
                answering: .statusNotification(StatusNotificationResponse()), completion)
        case .authorize(let authorize):
            decide(IdTag(authorize.idTag), station: station, source: .authorize, at: now, completion) { decision in
                completion(.success(.authorize(AuthorizeResponse(idTagInfo: IdTagInfo(decision)))))
            }
        case .startTransaction(let start):
            started(station, start, at: now, completion)
        case .stopTransaction(let stop):
            stopped(station, stop, at: now, completion)
        case .meterValues(let values):
            store(
                .meterValuesReported(MeterReading.readings(of: values, station: station)),
                answering: .meterValues(MeterValuesResponse()), completion)
        case .dataTransfer(let transfer):
            let change = StoreChange.dataTransferReceived(
                station, vendorID: transfer.vendorId, messageID: transfer.messageId, dataJSON: transfer.data, at: now)
            store(change, answering: .dataTransfer(DataTransferResponse(status: .unknownVendorId)), completion)
        case .firmwareStatusNotification(let notification):
            let change = StoreChange.stationNotified(
                station, kind: "FirmwareStatusNotification", status: notification.status.rawValue, at: now)
            store(change, answering: .firmwareStatusNotification(FirmwareStatusNotificationResponse()), completion)
        case .diagnosticsStatusNotification(let notification):
            let change = StoreChange.stationNotified(
                station, kind: "DiagnosticsStatusNotification", status: notification.status.rawValue, at: now)
            store(
                change, answering: .diagnosticsStatusNotification(DiagnosticsStatusNotificationResponse()), completion)
        }
    }

    /// Commits `change`, then answers with `response`, whatever the receipt.
    private func store(
        _ change: StoreChange, answering response: ChargePointResponse, _ completion: @escaping Completion
    ) {
        commit(change, completion) { _ in completion(.success(response)) }
    }

    /// Commits `change`, then hands its receipt to `next`; a failed commit, or an error `next` throws, goes to
    /// `completion` instead.
    private func commit(
        _ change: StoreChange, _ completion: @escaping Completion,
        then next: @escaping @Sendable (StoreReceipt) throws -> Void
    ) {
        committer.submit(change) { result in
            do {
                try next(result.get())
            } catch {
                completion(.failure(error))
            }
        }
    }

    private func bootAnswer(_ registration: RegistrationState) -> BootNotificationResponse {
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

    /// Has the store judge and keep `tag`, then hands the decision to `next`.
    private func decide(
        _ tag: IdTag, station: StationID, source: AuthorizationSource, at now: Date,
        _ completion: @escaping Completion, then next: @escaping @Sendable (CardDecision) throws -> Void
    ) {
        let presentation = CardPresentation(
            stationID: station, idTag: tag, at: now, source: source, foreignCardPolicy: settings.foreignCardPolicy)
        commit(.cardPresented(presentation), completion) { receipt in
            guard case .cardDecided(let decision) = receipt else { throw StoreFailure("the card was not judged") }
            try next(decision)
        }
    }

    private func started(
        _ station: StationID, _ start: StartTransactionRequest, at now: Date, _ completion: @escaping Completion
    ) {
        let tag = IdTag(start.idTag)
        decide(tag, station: station, source: .startTransaction, at: now, completion) { decision in
            let change = StoreChange.transactionStarted(
                TransactionStart(
                    stationID: station, connector: start.connectorId, idTag: tag, billing: decision.billing,
                    meterStartWh: Int64(start.meterStart), startedAt: start.timestamp,
                    reservationID: start.reservationId.map { Int64($0) }))
            commit(change, completion) { receipt in
                guard case .transactionNumbered(let id) = receipt else {
                    throw StoreFailure("no transaction id was assigned")
                }
                let answer = StartTransactionResponse(idTagInfo: IdTagInfo(decision), transactionId: Int(id.rawValue))
                completion(.success(.startTransaction(answer)))
            }
        }
    }

    private func stopped(
        _ station: StationID, _ stop: StopTransactionRequest, at now: Date, _ completion: @escaping Completion
    ) {
        let sessionStop = SessionStop(stop)
        let change = StoreChange.transactionStopped(
            TransactionID(Int64(stop.transactionId)), stationID: station, sessionStop)
        commit(change, completion) { _ in
            guard let tag = sessionStop.idTag else {
                completion(.success(.stopTransaction(StopTransactionResponse())))
                return
            }
            decide(tag, station: station, source: .stopTransaction, at: now, completion) { decision in
                completion(.success(.stopTransaction(StopTransactionResponse(idTagInfo: IdTagInfo(decision)))))
            }
        }
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
