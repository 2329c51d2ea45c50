import Foundation

/// UpdateFirmware.req: download and install new firmware (1.6 §6.55).
package struct UpdateFirmwareRequest: Sendable, Equatable {
    /// The URI to download the firmware from.
    package var location: String
    /// How often to try.
    package var retries: Int?
    /// When the download may start.
    package var retrieveDate: Date
    /// Seconds between tries.
    package var retryInterval: Int?

    package init(location: String, retries: Int? = nil, retrieveDate: Date, retryInterval: Int? = nil) {
        self.location = location
        self.retries = retries
        self.retrieveDate = retrieveDate
        self.retryInterval = retryInterval
    }
}

extension UpdateFirmwareRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        location = try reader.required("location", .uri)
        retries = try reader.optional("retries", .integer)
        retrieveDate = try reader.required("retrieveDate", .dateTime)
        retryInterval = try reader.optional("retryInterval", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("location", location)
        writer.set("retries", retries)
        writer.set("retrieveDate", retrieveDate)
        writer.set("retryInterval", retryInterval)
    }
}

/// UpdateFirmware.conf: no fields (1.6 §6.56).
package struct UpdateFirmwareResponse: Sendable, Equatable {
    package init() {}
}

extension UpdateFirmwareResponse: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}
