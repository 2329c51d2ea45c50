import Foundation

/// GetDiagnostics.req: upload a diagnostics file (1.6 §6.25).
package struct GetDiagnosticsRequest: Sendable, Equatable {
    /// The directory URI to upload to.
    package var location: String
    /// How often to try.
    package var retries: Int?
    /// Seconds between tries.
    package var retryInterval: Int?
    /// The oldest log entry to include.
    package var startTime: Date?
    /// The latest log entry to include.
    package var stopTime: Date?

    package init(
        location: String,
        retries: Int? = nil,
        retryInterval: Int? = nil,
        startTime: Date? = nil,
        stopTime: Date? = nil
    ) {
        self.location = location
        self.retries = retries
        self.retryInterval = retryInterval
        self.startTime = startTime
        self.stopTime = stopTime
    }
}

extension GetDiagnosticsRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        location = try reader.required("location", .uri)
        retries = try reader.optional("retries", .integer)
        retryInterval = try reader.optional("retryInterval", .integer)
        startTime = try reader.optional("startTime", .dateTime)
        stopTime = try reader.optional("stopTime", .dateTime)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("location", location)
        writer.set("retries", retries)
        writer.set("retryInterval", retryInterval)
        writer.set("startTime", startTime)
        writer.set("stopTime", stopTime)
    }
}

/// GetDiagnostics.conf (1.6 §6.26).
package struct GetDiagnosticsResponse: Sendable, Equatable {
    /// The file that will be uploaded; nil when there is nothing to upload.
    package var fileName: String?

    package init(fileName: String? = nil) {
        self.fileName = fileName
    }
}

extension GetDiagnosticsResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        fileName = try reader.optional("fileName", .string(maxLength: 255))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("fileName", fileName)
    }
}
