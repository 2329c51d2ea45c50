/// ChangeAvailability.req: make a connector, or with 0 the charge point, (in)operative (1.6 §6.7).
package struct ChangeAvailabilityRequest: Sendable, Equatable {
    /// The connector; 0 means the whole charge point (1.6 §6.7: >= 0).
    package var connectorId: Int
    /// The availability to change to.
    package var type: AvailabilityType

    package init(connectorId: Int, type: AvailabilityType) {
        self.connectorId = connectorId
        self.type = type
    }
}

extension ChangeAvailabilityRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer(minimum: 0))
        type = try reader.required("type", .enumeration(AvailabilityType.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("type", type)
    }
}

/// ChangeAvailability.conf (1.6 §6.8).
package struct ChangeAvailabilityResponse: Sendable, Equatable {
    /// Whether it changes now, after the running transactions, or not.
    package var status: AvailabilityStatus

    package init(status: AvailabilityStatus) {
        self.status = status
    }
}

extension ChangeAvailabilityResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(AvailabilityStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// The availability a ChangeAvailability asks for.
package enum AvailabilityType: String, Sendable, CaseIterable {
    case inoperative = "Inoperative"
    case operative = "Operative"
}

/// Whether the charge point changes its availability now, later or not.
package enum AvailabilityStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
    case scheduled = "Scheduled"
}
