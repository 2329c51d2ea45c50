/// Every command the central system can send to a station (OCPP 1.6, central-system-initiated), and whether it changes anything.
package enum RemoteCommandKind: String, Sendable, Codable, CaseIterable {
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

    /// Reading commands only look; every other command changes the station and needs a confirmed change order.
    ///
    /// TriggerMessage and GetDiagnostics make the station send or upload something but change none of its settings.
    package var isReading: Bool {
        switch self {
        case .getConfiguration, .getLocalListVersion, .getCompositeSchedule, .triggerMessage, .getDiagnostics: true
        default: false
        }
    }

    package var isChanging: Bool { !isReading }
}
