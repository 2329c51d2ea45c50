/// DataTransfer.req: vendor-specific data, sent either way (1.6 §6.15).
package struct DataTransferRequest: Sendable, Equatable {
    /// The vendor whose extension this is.
    package var vendorId: String
    /// Which message of that vendor's extension.
    package var messageId: String?
    /// The data, of any length and format.
    package var data: String?

    package init(vendorId: String, messageId: String? = nil, data: String? = nil) {
        self.vendorId = vendorId
        self.messageId = messageId
        self.data = data
    }
}

extension DataTransferRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        vendorId = try reader.required("vendorId", .string(maxLength: 255))
        messageId = try reader.optional("messageId", .string(maxLength: 50))
        data = try reader.optional("data", .text)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("vendorId", vendorId)
        writer.set("messageId", messageId)
        writer.set("data", data)
    }
}

/// DataTransfer.conf (1.6 §6.16).
package struct DataTransferResponse: Sendable, Equatable {
    /// How the receiver handled it.
    package var status: DataTransferStatus
    /// Data in answer, of any length and format.
    package var data: String?

    package init(status: DataTransferStatus, data: String? = nil) {
        self.status = status
        self.data = data
    }
}

extension DataTransferResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(DataTransferStatus.self))
        data = try reader.optional("data", .text)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
        writer.set("data", data)
    }
}

/// How the receiver handled a DataTransfer.
package enum DataTransferStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
    case unknownMessageId = "UnknownMessageId"
    case unknownVendorId = "UnknownVendorId"
}
