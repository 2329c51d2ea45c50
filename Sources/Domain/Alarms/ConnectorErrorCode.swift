/// What a station says is wrong with a connector: OCPP 1.6 `ChargePointErrorCode`, raw values as on the wire.
package enum ConnectorErrorCode: String, Sendable, Codable, CaseIterable {
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
}
