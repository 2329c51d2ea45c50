import Domain

extension RemoteCommandKind {
    /// A request payload to start from: the OCPP 1.6 required fields with harmless values, for the agent to edit.
    package var payloadTemplate: String {
        switch self {
        case .changeAvailability: #"{"connectorId":0,"type":"Operative"}"#
        case .changeConfiguration: #"{"key":"","value":""}"#
        case .clearCache, .getConfiguration, .getLocalListVersion, .clearChargingProfile: "{}"
        case .remoteStartTransaction: #"{"idTag":""}"#
        case .remoteStopTransaction: #"{"transactionId":0}"#
        case .reset: #"{"type":"Soft"}"#
        case .unlockConnector: #"{"connectorId":1}"#
        case .triggerMessage: #"{"requestedMessage":"StatusNotification"}"#
        case .getDiagnostics: #"{"location":""}"#
        case .updateFirmware: #"{"location":"","retrieveDate":""}"#
        case .sendLocalList: #"{"listVersion":1,"updateType":"Full"}"#
        case .reserveNow: #"{"connectorId":1,"expiryDate":"","idTag":"","reservationId":1}"#
        case .cancelReservation: #"{"reservationId":1}"#
        case .setChargingProfile: #"{"connectorId":1,"csChargingProfiles":{}}"#
        case .getCompositeSchedule: #"{"connectorId":0,"duration":3600}"#
        case .dataTransfer: #"{"vendorId":""}"#
        }
    }
}
