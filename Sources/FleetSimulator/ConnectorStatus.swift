/// A connector's status as a StatusNotification reports it (OCPP 1.6, 7.7 ChargePointStatus), spelled as on the wire.
package enum ConnectorStatus: String, Sendable, CaseIterable, Codable {
    case available = "Available"
    case preparing = "Preparing"
    case charging = "Charging"
    case suspendedEV = "SuspendedEV"
    case suspendedEVSE = "SuspendedEVSE"
    case finishing = "Finishing"
    case reserved = "Reserved"
    case unavailable = "Unavailable"
    case faulted = "Faulted"
}
