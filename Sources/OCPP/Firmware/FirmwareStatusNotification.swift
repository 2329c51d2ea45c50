/// FirmwareStatusNotification.req: how a firmware update is going (1.6 §6.19).
package struct FirmwareStatusNotificationRequest: Sendable, Equatable {
    /// The update's state.
    package var status: FirmwareStatus

    package init(status: FirmwareStatus) {
        self.status = status
    }
}

extension FirmwareStatusNotificationRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(FirmwareStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// FirmwareStatusNotification.conf: no fields (1.6 §6.20).
package struct FirmwareStatusNotificationResponse: Sendable, Equatable {
    package init() {}
}

extension FirmwareStatusNotificationResponse: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}

/// How a firmware update is going.
package enum FirmwareStatus: String, Sendable, CaseIterable {
    case downloaded = "Downloaded"
    case downloadFailed = "DownloadFailed"
    case downloading = "Downloading"
    case idle = "Idle"
    case installationFailed = "InstallationFailed"
    case installing = "Installing"
    case installed = "Installed"
}
