/// Why a transaction ended, as StopTransaction reports it (OCPP 1.6, 7.42 Reason), spelled as on the wire.
package enum StopReason: String, Sendable, CaseIterable, Codable {
    case deAuthorized = "DeAuthorized"
    case emergencyStop = "EmergencyStop"
    case evDisconnected = "EVDisconnected"
    case hardReset = "HardReset"
    case local = "Local"
    case other = "Other"
    case powerLoss = "PowerLoss"
    case reboot = "Reboot"
    case remote = "Remote"
    case softReset = "SoftReset"
    case unlockCommand = "UnlockCommand"
}
