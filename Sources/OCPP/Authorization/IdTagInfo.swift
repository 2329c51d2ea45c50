import Foundation

/// The central system's verdict on an idTag.
package struct IdTagInfo: Sendable, Equatable {
    /// When the idTag stops being valid, for the authorization cache.
    package var expiryDate: Date?
    /// The group the idTag belongs to (an IdToken).
    package var parentIdTag: String?
    /// Whether the idTag may charge.
    package var status: AuthorizationStatus

    package init(expiryDate: Date? = nil, parentIdTag: String? = nil, status: AuthorizationStatus) {
        self.expiryDate = expiryDate
        self.parentIdTag = parentIdTag
        self.status = status
    }
}

extension IdTagInfo: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        expiryDate = try reader.optional("expiryDate", .dateTime)
        parentIdTag = try reader.optional("parentIdTag", .string(maxLength: 20))
        status = try reader.required("status", .enumeration(AuthorizationStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("expiryDate", expiryDate)
        writer.set("parentIdTag", parentIdTag)
        writer.set("status", status)
    }
}
