/// Something the backend observed about one station, fed to its monitor. The time comes with it.
///
/// Every observation but `connected` and `disconnected` is also a sign of life; pass `messageReceived` for a
/// frame that means nothing else (Heartbeat, MeterValues, a CALLRESULT). Report `disconnected` only for the
/// station's current connection, not for one a newer connection replaced.
package enum StationObservation: Sendable, Equatable {
    /// A WebSocket connection opened.
    case connected
    /// The current connection closed.
    case disconnected
    /// A frame arrived.
    case messageReceived
    /// A BootNotification arrived and was answered with this heartbeat interval.
    case booted(heartbeatInterval: Duration)
    /// The station accepted a new `HeartbeatInterval` (ChangeConfiguration).
    case heartbeatIntervalChanged(Duration)
    /// A StatusNotification; `info` and `vendorErrorCode` are the station's text, kept as sent.
    case statusReported(
        connector: ConnectorNumber, status: ConnectorStatus, errorCode: ConnectorErrorCode, info: String?,
        vendorErrorCode: String?)
    /// A FirmwareStatusNotification.
    case firmwareStatusReported(FirmwareStatus)
    /// A DiagnosticsStatusNotification.
    case diagnosticsStatusReported(DiagnosticsStatus)
    /// A StartTransaction the central system numbered `TransactionID`.
    case transactionStarted(TransactionID, connector: ConnectorNumber)
    /// A StopTransaction.
    case transactionStopped(TransactionID)
}
