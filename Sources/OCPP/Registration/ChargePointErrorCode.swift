/// The error a charge point reports with its status.
package enum ChargePointErrorCode: String, Sendable, CaseIterable {
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
