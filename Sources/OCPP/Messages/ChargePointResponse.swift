/// A central system's answer to a charge point's request, typed by the request's action.
package enum ChargePointResponse: Sendable, Equatable {
    case authorize(AuthorizeResponse)
    case bootNotification(BootNotificationResponse)
    case dataTransfer(DataTransferResponse)
    case diagnosticsStatusNotification(DiagnosticsStatusNotificationResponse)
    case firmwareStatusNotification(FirmwareStatusNotificationResponse)
    case heartbeat(HeartbeatResponse)
    case meterValues(MeterValuesResponse)
    case startTransaction(StartTransactionResponse)
    case statusNotification(StatusNotificationResponse)
    case stopTransaction(StopTransactionResponse)

    /// The action this message belongs to.
    package var action: ChargePointAction {
        switch self {
        case .authorize: .authorize
        case .bootNotification: .bootNotification
        case .dataTransfer: .dataTransfer
        case .diagnosticsStatusNotification: .diagnosticsStatusNotification
        case .firmwareStatusNotification: .firmwareStatusNotification
        case .heartbeat: .heartbeat
        case .meterValues: .meterValues
        case .startTransaction: .startTransaction
        case .statusNotification: .statusNotification
        case .stopTransaction: .stopTransaction
        }
    }

    /// The payload as JSON, ready for a frame.
    package var payload: JSONValue {
        switch self {
        case .authorize(let response): response.json
        case .bootNotification(let response): response.json
        case .dataTransfer(let response): response.json
        case .diagnosticsStatusNotification(let response): response.json
        case .firmwareStatusNotification(let response): response.json
        case .heartbeat(let response): response.json
        case .meterValues(let response): response.json
        case .startTransaction(let response): response.json
        case .statusNotification(let response): response.json
        case .stopTransaction(let response): response.json
        }
    }

    /// Checks `payload` against the response schema of `action` and reads it.
    package static func decode(
        _ payload: JSONValue, answering action: ChargePointAction
    ) -> Result<ChargePointResponse, PayloadViolation> {
        switch action {
        case .authorize: AuthorizeResponse.decode(payload).map(Self.authorize)
        case .bootNotification: BootNotificationResponse.decode(payload).map(Self.bootNotification)
        case .dataTransfer: DataTransferResponse.decode(payload).map(Self.dataTransfer)
        case .diagnosticsStatusNotification:
            DiagnosticsStatusNotificationResponse.decode(payload).map(Self.diagnosticsStatusNotification)
        case .firmwareStatusNotification:
            FirmwareStatusNotificationResponse.decode(payload).map(Self.firmwareStatusNotification)
        case .heartbeat: HeartbeatResponse.decode(payload).map(Self.heartbeat)
        case .meterValues: MeterValuesResponse.decode(payload).map(Self.meterValues)
        case .startTransaction: StartTransactionResponse.decode(payload).map(Self.startTransaction)
        case .statusNotification: StatusNotificationResponse.decode(payload).map(Self.statusNotification)
        case .stopTransaction: StopTransactionResponse.decode(payload).map(Self.stopTransaction)
        }
    }
}

extension ChargePointResponse {
    /// This response as the CALLRESULT that answers the CALL with `messageID`.
    package func callResult(messageID: String) -> CallResult {
        CallResult(messageID: messageID, payload: payload)
    }

    /// Reads the CALLRESULT that answers a charge point's (the simulator's) request with `action`.
    ///
    /// A CALLRESULT is never answered, so a failure is only reported: as a CallError with the result's message id,
    /// the code and the description a violation in a request would get.
    package static func decode(
        _ result: CallResult, answering action: ChargePointAction
    ) -> Result<ChargePointResponse, CallError> {
        decode(result.payload, answering: action).mapError { $0.callError(messageID: result.messageID) }
    }
}
