/// A firmware update's progress as OCPP 1.6 FirmwareStatusNotification reports it; raw values as on the wire.
package enum FirmwareStatus: String, Sendable, Codable, CaseIterable {
    case downloaded = "Downloaded"
    case downloadFailed = "DownloadFailed"
    case downloading = "Downloading"
    case idle = "Idle"
    case installationFailed = "InstallationFailed"
    case installing = "Installing"
    case installed = "Installed"

    /// True for the two outcomes that leave the old firmware in place after a requested update.
    package var isFailure: Bool { self == .downloadFailed || self == .installationFailed }
}
