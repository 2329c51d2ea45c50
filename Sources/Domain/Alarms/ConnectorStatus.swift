/// A connector's state as OCPP 1.6 `ChargePointStatus` names it; raw values are the wire spellings.
package enum ConnectorStatus: String, Sendable, Codable, CaseIterable {
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
