/// What an alarm is about. Raw values are stored, so never rename one.
package enum AlarmKind: String, Sendable, Codable, CaseIterable {
    /// Dropped longer than the reconnect grace, or connected but silent beyond the heartbeat limit.
    case stationOffline
    /// Dropped and reconnected again and again; the alarm's count is the number of drops.
    case connectionFlapping
    /// Booted again and again within a short window; the count is the number of boots.
    case bootLoop
    /// Connected without ever sending a BootNotification.
    case bootNotificationMissing
    /// A connector (or, on connector 0, the station) reported status Faulted with an error code.
    case connectorFaulted
    /// A firmware download or installation failed.
    case firmwareUpdateFailed
    /// A diagnostics upload failed.
    case diagnosticsUploadFailed
    /// A transaction stayed open longer than the settings allow.
    case transactionOpenTooLong

    /// The severity every alarm of this kind has.
    package var severity: AlarmSeverity {
        switch self {
        case .stationOffline: .critical
        case .connectorFaulted, .bootLoop: .major
        case .connectionFlapping, .bootNotificationMissing, .firmwareUpdateFailed: .minor
        case .diagnosticsUploadFailed, .transactionOpenTooLong: .warning
        }
    }
}
