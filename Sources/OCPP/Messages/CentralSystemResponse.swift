/// A charge point's answer to a central system's request, typed by the request's action.
package enum CentralSystemResponse: Sendable, Equatable {
    case changeAvailability(ChangeAvailabilityResponse)
    case changeConfiguration(ChangeConfigurationResponse)
    case clearCache(ClearCacheResponse)
    case getConfiguration(GetConfigurationResponse)
    case remoteStartTransaction(RemoteStartTransactionResponse)
    case remoteStopTransaction(RemoteStopTransactionResponse)
    case reset(ResetResponse)
    case unlockConnector(UnlockConnectorResponse)
    case triggerMessage(TriggerMessageResponse)
    case getDiagnostics(GetDiagnosticsResponse)
    case updateFirmware(UpdateFirmwareResponse)
    case sendLocalList(SendLocalListResponse)
    case getLocalListVersion(GetLocalListVersionResponse)
    case reserveNow(ReserveNowResponse)
    case cancelReservation(CancelReservationResponse)
    case setChargingProfile(SetChargingProfileResponse)
    case clearChargingProfile(ClearChargingProfileResponse)
    case getCompositeSchedule(GetCompositeScheduleResponse)
    case dataTransfer(DataTransferResponse)

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
        case .changeAvailability(let response): response.json
        case .changeConfiguration(let response): response.json
        case .clearCache(let response): response.json
        case .getConfiguration(let response): response.json
        case .remoteStartTransaction(let response): response.json
        case .remoteStopTransaction(let response): response.json
        case .reset(let response): response.json
        case .unlockConnector(let response): response.json
        case .triggerMessage(let response): response.json
        case .getDiagnostics(let response): response.json
        case .updateFirmware(let response): response.json
        case .sendLocalList(let response): response.json
        case .getLocalListVersion(let response): response.json
        case .reserveNow(let response): response.json
        case .cancelReservation(let response): response.json
        case .setChargingProfile(let response): response.json
        case .clearChargingProfile(let response): response.json
        case .getCompositeSchedule(let response): response.json
        case .dataTransfer(let response): response.json
        }
    }

    /// Checks `payload` against the response schema of `action` and reads it.
    package static func decode(
        _ payload: JSONValue, answering action: CentralSystemAction
    ) -> Result<CentralSystemResponse, PayloadViolation> {
        switch action {
        case .changeAvailability: ChangeAvailabilityResponse.decode(payload).map(Self.changeAvailability)
        case .changeConfiguration: ChangeConfigurationResponse.decode(payload).map(Self.changeConfiguration)
        case .clearCache: ClearCacheResponse.decode(payload).map(Self.clearCache)
        case .getConfiguration: GetConfigurationResponse.decode(payload).map(Self.getConfiguration)
        case .remoteStartTransaction: RemoteStartTransactionResponse.decode(payload).map(Self.remoteStartTransaction)
        case .remoteStopTransaction: RemoteStopTransactionResponse.decode(payload).map(Self.remoteStopTransaction)
        case .reset: ResetResponse.decode(payload).map(Self.reset)
        case .unlockConnector: UnlockConnectorResponse.decode(payload).map(Self.unlockConnector)
        case .triggerMessage: TriggerMessageResponse.decode(payload).map(Self.triggerMessage)
        case .getDiagnostics: GetDiagnosticsResponse.decode(payload).map(Self.getDiagnostics)
        case .updateFirmware: UpdateFirmwareResponse.decode(payload).map(Self.updateFirmware)
        case .sendLocalList: SendLocalListResponse.decode(payload).map(Self.sendLocalList)
        case .getLocalListVersion: GetLocalListVersionResponse.decode(payload).map(Self.getLocalListVersion)
        case .reserveNow: ReserveNowResponse.decode(payload).map(Self.reserveNow)
        case .cancelReservation: CancelReservationResponse.decode(payload).map(Self.cancelReservation)
        case .setChargingProfile: SetChargingProfileResponse.decode(payload).map(Self.setChargingProfile)
        case .clearChargingProfile: ClearChargingProfileResponse.decode(payload).map(Self.clearChargingProfile)
        case .getCompositeSchedule: GetCompositeScheduleResponse.decode(payload).map(Self.getCompositeSchedule)
        case .dataTransfer: DataTransferResponse.decode(payload).map(Self.dataTransfer)
        }
    }
}

extension CentralSystemResponse {
    /// This response as the CALLRESULT that answers the CALL with `messageID`.
    package func callResult(messageID: String) -> CallResult {
        CallResult(messageID: messageID, payload: payload)
    }

    /// Reads the CALLRESULT that answers the central system's request with `action`.
    ///
    /// A CALLRESULT is never answered, so a failure is only reported: as a CallError with the result's message id,
    /// the code and the description a violation in a request would get.
    package static func decode(
        _ result: CallResult, answering action: CentralSystemAction
    ) -> Result<CentralSystemResponse, CallError> {
        decode(result.payload, answering: action).mapError { $0.callError(messageID: result.messageID) }
    }
}
