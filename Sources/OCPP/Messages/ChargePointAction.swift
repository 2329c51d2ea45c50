/// An action that a charge point starts (OCPP 1.6 §4–5), spelled as on the wire.
package enum ChargePointAction: String, Sendable, CaseIterable {
    case authorize = "Authorize"
    case bootNotification = "BootNotification"
    case dataTransfer = "DataTransfer"
    case diagnosticsStatusNotification = "DiagnosticsStatusNotification"
    case firmwareStatusNotification = "FirmwareStatusNotification"
    case heartbeat = "Heartbeat"
    case meterValues = "MeterValues"
    case startTransaction = "StartTransaction"
    case statusNotification = "StatusNotification"
    case stopTransaction = "StopTransaction"
}
