/// The state of a connector, or of the charge point as connector 0.
package enum ChargePointStatus: String, Sendable, CaseIterable {
    case available = "Available"
    case preparing = "Preparing"
    case charging = "Charging"
    case suspendedEVSE = "SuspendedEVSE"
    case suspendedEV = "SuspendedEV"
    case finishing = "Finishing"
    case reserved = "Reserved"
    case unavailable = "Unavailable"
    case faulted = "Faulted"
}
