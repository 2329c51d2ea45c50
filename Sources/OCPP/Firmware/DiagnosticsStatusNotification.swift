/// DiagnosticsStatusNotification.req: how the diagnostics upload is going (1.6 §6.17).
package struct DiagnosticsStatusNotificationRequest: Sendable, Equatable {
    /// The upload's state.
    package var status: DiagnosticsStatus

    package init(status: DiagnosticsStatus) {
        self.status = status
    }
}

extension DiagnosticsStatusNotificationRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(DiagnosticsStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// DiagnosticsStatusNotification.conf: no fields (1.6 §6.18).
package struct DiagnosticsStatusNotificationResponse: Sendable, Equatable {
    package init() {}
}

extension DiagnosticsStatusNotificationResponse: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}

/// How the upload of a diagnostics file is going.
package enum DiagnosticsStatus: String, Sendable, CaseIterable {
    case idle = "Idle"
    case uploaded = "Uploaded"
    case uploadFailed = "UploadFailed"
    case uploading = "Uploading"
}
