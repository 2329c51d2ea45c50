/// A request that a central system sends to a charge point, typed by its action.
package enum CentralSystemRequest: Sendable, Equatable {
    case changeAvailability(ChangeAvailabilityRequest)
    case changeConfiguration(ChangeConfigurationRequest)
    case clearCache(ClearCacheRequest)
    case getConfiguration(GetConfigurationRequest)
    case remoteStartTransaction(RemoteStartTransactionRequest)
    case remoteStopTransaction(RemoteStopTransactionRequest)
    case reset(ResetRequest)
    case unlockConnector(UnlockConnectorRequest)
    case triggerMessage(TriggerMessageRequest)
    case getDiagnostics(GetDiagnosticsRequest)
    case updateFirmware(UpdateFirmwareRequest)
    case sendLocalList(SendLocalListRequest)
    case getLocalListVersion(GetLocalListVersionRequest)
    case reserveNow(ReserveNowRequest)
    case cancelReservation(CancelReservationRequest)
    case setChargingProfile(SetChargingProfileRequest)
    case clearChargingProfile(ClearChargingProfileRequest)
    case getCompositeSchedule(GetCompositeScheduleRequest)
    case dataTransfer(DataTransferRequest)

    /// The action this message belongs to.
    package var action: CentralSystemAction {
        switch self {
        case .changeAvailability: .changeAvailability
        case .changeConfiguration: .changeConfiguration
        case .clearCache: .clearCache
        case .getConfiguration: .getConfiguration
        case .remoteStartTransaction: .remoteStartTransaction
        case .remoteStopTransaction: .remoteStopTransaction
        case .reset: .reset
        case .unlockConnector: .unlockConnector
        case .triggerMessage: .triggerMessage
        case .getDiagnostics: .getDiagnostics
        case .updateFirmware: .updateFirmware
        case .sendLocalList: .sendLocalList
        case .getLocalListVersion: .getLocalListVersion
        case .reserveNow: .reserveNow
        case .cancelReservation: .cancelReservation
        case .setChargingProfile: .setChargingProfile
        case .clearChargingProfile: .clearChargingProfile
        case .getCompositeSchedule: .getCompositeSchedule
        case .dataTransfer: .dataTransfer
        }
    }

    /// The payload as JSON, ready for a frame.
    package var payload: JSONValue {
        switch self {
        case .changeAvailability(let request): request.json
        case .changeConfiguration(let request): request.json
        case .clearCache(let request): request.json
        case .getConfiguration(let request): request.json
        case .remoteStartTransaction(let request): request.json
        case .remoteStopTransaction(let request): request.json
        case .reset(let request): request.json
        case .unlockConnector(let request): request.json
        case .triggerMessage(let request): request.json
        case .getDiagnostics(let request): request.json
        case .updateFirmware(let request): request.json
        case .sendLocalList(let request): request.json
        case .getLocalListVersion(let request): request.json
        case .reserveNow(let request): request.json
        case .cancelReservation(let request): request.json
        case .setChargingProfile(let request): request.json
        case .clearChargingProfile(let request): request.json
        case .getCompositeSchedule(let request): request.json
        case .dataTransfer(let request): request.json
        }
    }

    /// Checks `payload` against the request schema of `action` and reads it.
    package static func decode(
        _ payload: JSONValue, action: CentralSystemAction
    ) -> Result<CentralSystemRequest, PayloadViolation> {
        switch action {
        case .changeAvailability: ChangeAvailabilityRequest.decode(payload).map(Self.changeAvailability)
        case .changeConfiguration: ChangeConfigurationRequest.decode(payload).map(Self.changeConfiguration)
        case .clearCache: ClearCacheRequest.decode(payload).map(Self.clearCache)
        case .getConfiguration: GetConfigurationRequest.decode(payload).map(Self.getConfiguration)
        case .remoteStartTransaction: RemoteStartTransactionRequest.decode(payload).map(Self.remoteStartTransaction)
        case .remoteStopTransaction: RemoteStopTransactionRequest.decode(payload).map(Self.remoteStopTransaction)
        case .reset: ResetRequest.decode(payload).map(Self.reset)
        case .unlockConnector: UnlockConnectorRequest.decode(payload).map(Self.unlockConnector)
        case .triggerMessage: TriggerMessageRequest.decode(payload).map(Self.triggerMessage)
        case .getDiagnostics: GetDiagnosticsRequest.decode(payload).map(Self.getDiagnostics)
        case .updateFirmware: UpdateFirmwareRequest.decode(payload).map(Self.updateFirmware)
        case .sendLocalList: SendLocalListRequest.decode(payload).map(Self.sendLocalList)
        case .getLocalListVersion: GetLocalListVersionRequest.decode(payload).map(Self.getLocalListVersion)
        case .reserveNow: ReserveNowRequest.decode(payload).map(Self.reserveNow)
        case .cancelReservation: CancelReservationRequest.decode(payload).map(Self.cancelReservation)
        case .setChargingProfile: SetChargingProfileRequest.decode(payload).map(Self.setChargingProfile)
        case .clearChargingProfile: ClearChargingProfileRequest.decode(payload).map(Self.clearChargingProfile)
        case .getCompositeSchedule: GetCompositeScheduleRequest.decode(payload).map(Self.getCompositeSchedule)
        case .dataTransfer: DataTransferRequest.decode(payload).map(Self.dataTransfer)
        }
    }
}

extension CentralSystemRequest {
    /// Reads a CALL that a central system sent, as a charge point (the simulator) does.
    ///
    /// An action that OCPP 1.6 gives to the charge point (such as "BootNotification") is answered NotSupported, an
    /// action that OCPP 1.6 does not have is answered NotImplemented, and a payload that breaks its schema is
    /// answered with the code its `PayloadViolation` names. Each CallError carries the caller's message id.
    package static func decode(_ call: Call) -> Result<CentralSystemRequest, CallError> {
        guard let action = CentralSystemAction(rawValue: call.action) else {
            guard ChargePointAction(rawValue: call.action) == nil else {
                return .failure(.notSupported(call, onlyFrom: "a charge point", notFrom: "a central system"))
            }
            return .failure(.notImplemented(call))
        }
        return decode(call.payload, action: action).mapError { $0.callError(messageID: call.messageID) }
    }

    /// This request as a CALL, as the central system sends it.
    package func call(messageID: String) -> Call {
        Call(messageID: messageID, action: action.rawValue, payload: payload)
    }
}
