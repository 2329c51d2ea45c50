import Foundation

/// StatusNotification.req: a connector's (or, as connector 0, the charge point's) state changed (1.6 §6.47).
package struct StatusNotificationRequest: Sendable, Equatable {
    /// The connector; 0 is the charge point's main controller (1.6 §6.47: >= 0).
    package var connectorId: Int
    /// The error, or NoError.
    package var errorCode: ChargePointErrorCode
    /// Free text about the error.
    package var info: String?
    /// The new state.
    package var status: ChargePointStatus
    /// When the state changed; nil means when the message arrived.
    package var timestamp: Date?
    /// The vendor whose error code follows.
    package var vendorId: String?
    /// The vendor's own error code.
    package var vendorErrorCode: String?

    package init(
        connectorId: Int,
        errorCode: ChargePointErrorCode,
        info: String? = nil,
        status: ChargePointStatus,
        timestamp: Date? = nil,
        vendorId: String? = nil,
        vendorErrorCode: String? = nil
    ) {
        self.connectorId = connectorId
        self.errorCode = errorCode
        self.info = info
        self.status = status
        self.timestamp = timestamp
        self.vendorId = vendorId
        self.vendorErrorCode = vendorErrorCode
    }
}

extension StatusNotificationRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer(minimum: 0))
        errorCode = try reader.required("errorCode", .enumeration(ChargePointErrorCode.self))
        info = try reader.optional("info", .string(maxLength: 50))
        status = try reader.required("status", .enumeration(ChargePointStatus.self))
        timestamp = try reader.optional("timestamp", .dateTime)
        vendorId = try reader.optional("vendorId", .string(maxLength: 255))
        vendorErrorCode = try reader.optional("vendorErrorCode", .string(maxLength: 50))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("errorCode", errorCode)
        writer.set("info", info)
        writer.set("status", status)
        writer.set("timestamp", timestamp)
        writer.set("vendorId", vendorId)
        writer.set("vendorErrorCode", vendorErrorCode)
    }
}

/// StatusNotification.conf: no fields (1.6 §6.48).
package struct StatusNotificationResponse: Sendable, Equatable {
    package init() {}
}

extension StatusNotificationResponse: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}
