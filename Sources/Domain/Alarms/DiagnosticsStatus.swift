/// A diagnostics upload's progress as OCPP 1.6 DiagnosticsStatusNotification reports it; raw values as on the wire.
package enum DiagnosticsStatus: String, Sendable, Codable, CaseIterable {
    case idle = "Idle"
    case uploaded = "Uploaded"
    case uploadFailed = "UploadFailed"
    case uploading = "Uploading"
}
