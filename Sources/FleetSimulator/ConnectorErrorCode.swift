/// The error a StatusNotification reports (OCPP 1.6, 7.6 ConnectorErrorCode), spelled as on the wire.
package enum ConnectorErrorCode: String, Sendable, CaseIterable, Codable {
    case connectorLockFailure = "ConnectorLockFailure"
    case evCommunicationError = "EVCommunicationError"
    case groundFailure = "GroundFailure"
    case highTemperature = "HighTemperature"
    case internalError = "InternalError"
    case localListConflict = "LocalListConflict"
    case noError = "NoError"
    case otherError = "OtherError"
    case overCurrentFailure = "OverCurrentFailure"
    case powerMeterFailure = "PowerMeterFailure"
    case powerSwitchFailure = "PowerSwitchFailure"
    case readerFailure = "ReaderFailure"
    case resetFailure = "ResetFailure"
    case underVoltage = "UnderVoltage"
    case overVoltage = "OverVoltage"
    case weakSignal = "WeakSignal"

    /// The faults a simulated connector has now and then: hardware trouble, never `noError`.
    static let simulatedFaults: [ConnectorErrorCode] = [
        .connectorLockFailure, .evCommunicationError, .groundFailure, .highTemperature, .overCurrentFailure,
        .powerMeterFailure, .powerSwitchFailure, .readerFailure, .underVoltage, .overVoltage,
    ]
}
