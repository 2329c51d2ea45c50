import Foundation

/// ReserveNow.req: hold a connector for an idTag (1.6 §6.37).
package struct ReserveNowRequest: Sendable, Equatable {
    /// The connector; 0 means any (1.6 §6.37: >= 0).
    package var connectorId: Int
    /// When the reservation ends.
    package var expiryDate: Date
    /// The identifier to hold it for.
    package var idTag: String
    /// The idTag's group, which may use it too.
    package var parentIdTag: String?
    /// The reservation's id.
    package var reservationId: Int

    package init(connectorId: Int, expiryDate: Date, idTag: String, parentIdTag: String? = nil, reservationId: Int) {
        self.connectorId = connectorId
        self.expiryDate = expiryDate
        self.idTag = idTag
        self.parentIdTag = parentIdTag
        self.reservationId = reservationId
    }
}

extension ReserveNowRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer(minimum: 0))
        expiryDate = try reader.required("expiryDate", .dateTime)
        idTag = try reader.required("idTag", .string(maxLength: 20))
        parentIdTag = try reader.optional("parentIdTag", .string(maxLength: 20))
        reservationId = try reader.required("reservationId", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("expiryDate", expiryDate)
        writer.set("idTag", idTag)
        writer.set("parentIdTag", parentIdTag)
        writer.set("reservationId", reservationId)
    }
}

/// ReserveNow.conf (1.6 §6.38).
package struct ReserveNowResponse: Sendable, Equatable {
    /// Whether the reservation was made.
    package var status: ReservationStatus

    package init(status: ReservationStatus) {
        self.status = status
    }
}

extension ReserveNowResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(ReservationStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether the charge point made the reservation, and if not why.
package enum ReservationStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case faulted = "Faulted"
    case occupied = "Occupied"
    case rejected = "Rejected"
    case unavailable = "Unavailable"
}
