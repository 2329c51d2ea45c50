/// A request that a charge point sends, typed by its action.
package enum ChargePointRequest: Sendable, Equatable {
    case authorize(AuthorizeRequest)
    case bootNotification(BootNotificationRequest)
    case dataTransfer(DataTransferRequest)
    case diagnosticsStatusNotification(DiagnosticsStatusNotificationRequest)
    case firmwareStatusNotification(FirmwareStatusNotificationRequest)
    case heartbeat(HeartbeatRequest)
    case meterValues(MeterValuesRequest)
    case startTransaction(StartTransactionRequest)
    case statusNotification(StatusNotificationRequest)
    case stopTransaction(StopTransactionRequest)

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
        case .authorize(let request): request.json
        case .bootNotification(let request): request.json
        case .dataTransfer(let request): request.json
        case .diagnosticsStatusNotification(let request): request.json
        case .firmwareStatusNotification(let request): request.json
        case .heartbeat(let request): request.json
        case .meterValues(let request): request.json
        case .startTransaction(let request): request.json
        case .statusNotification(let request): request.json
        case .stopTransaction(let request): request.json
        }
    }

    /// Checks `payload` against the request schema of `action` and reads it.
    package static func decode(
        _ payload: JSONValue, action: ChargePointAction
    ) -> Result<ChargePointRequest, PayloadViolation> {
        switch action {
        case .authorize: AuthorizeRequest.decode(payload).map(Self.authorize)
        case .bootNotification: BootNotificationRequest.decode(payload).map(Self.bootNotification)
        case .dataTransfer: DataTransferRequest.decode(payload).map(Self.dataTransfer)
        case .diagnosticsStatusNotification:
            DiagnosticsStatusNotificationRequest.decode(payload).map(Self.diagnosticsStatusNotification)
        case .firmwareStatusNotification:
            FirmwareStatusNotificationRequest.decode(payload).map(Self.firmwareStatusNotification)
        case .heartbeat: HeartbeatRequest.decode(payload).map(Self.heartbeat)
        case .meterValues: MeterValuesRequest.decode(payload).map(Self.meterValues)
        case .startTransaction: StartTransactionRequest.decode(payload).map(Self.startTransaction)
        case .statusNotification: StatusNotificationRequest.decode(payload).map(Self.statusNotification)
        case .stopTransaction: StopTransactionRequest.decode(payload).map(Self.stopTransaction)
        }
    }
}

extension ChargePointRequest {
    /// Reads a CALL that a charge point sent, as the central system does.
    ///
    /// An action that OCPP 1.6 gives to the central system (such as "Reset") is answered NotSupported, an action
    /// that OCPP 1.6 does not have is answered NotImplemented, and a payload that breaks its schema is answered with
    /// the code its `PayloadViolation` names. Each CallError carries the caller's message id.
    package static func decode(_ call: Call) -> Result<ChargePointRequest, CallError> {
        guard let action = ChargePointAction(rawValue: call.action) else {
            guard CentralSystemAction(rawValue: call.action) == nil else {
                return .failure(.notSupported(call, onlyFrom: "a central system", notFrom: "a charge point"))
            }
            return .failure(.notImplemented(call))
        }
        return decode(call.payload, action: action).mapError { $0.callError(messageID: call.messageID) }
    }

    /// This request as a CALL, as a charge point (the simulator) sends it.
    package func call(messageID: String) -> Call {
        Call(messageID: messageID, action: action.rawValue, payload: payload)
    }
}
