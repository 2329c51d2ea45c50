/// An action that a central system starts (OCPP 1.6 §5), spelled as on the wire.
///
/// DataTransfer goes both ways and is also a `ChargePointAction`.
package enum CentralSystemAction: String, Sendable, CaseIterable {
    case changeAvailability = "ChangeAvailability"
    case changeConfiguration = "ChangeConfiguration"
    case clearCache = "ClearCache"
    case getConfiguration = "GetConfiguration"
    case remoteStartTransaction = "RemoteStartTransaction"
    case remoteStopTransaction = "RemoteStopTransaction"
    case reset = "Reset"
    case unlockConnector = "UnlockConnector"
    case triggerMessage = "TriggerMessage"
    case getDiagnostics = "GetDiagnostics"
    case updateFirmware = "UpdateFirmware"
    case sendLocalList = "SendLocalList"
    case getLocalListVersion = "GetLocalListVersion"
    case reserveNow = "ReserveNow"
    case cancelReservation = "CancelReservation"
    case setChargingProfile = "SetChargingProfile"
    case clearChargingProfile = "ClearChargingProfile"
    case getCompositeSchedule = "GetCompositeSchedule"
    case dataTransfer = "DataTransfer"
}
