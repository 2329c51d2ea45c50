/// CancelReservation.req (1.6 §6.5).
package struct CancelReservationRequest: Sendable, Equatable {
    /// The reservation to cancel.
    package var reservationId: Int

    package init(reservationId: Int) {
        self.reservationId = reservationId
    }
}

extension CancelReservationRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        reservationId = try reader.required("reservationId", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("reservationId", reservationId)
    }
}

/// CancelReservation.conf (1.6 §6.6).
package struct CancelReservationResponse: Sendable, Equatable {
    /// Whether it was cancelled.
    package var status: CancelReservationStatus

    package init(status: CancelReservationStatus) {
        self.status = status
    }
}

extension CancelReservationResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(CancelReservationStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether the charge point cancelled the reservation.
package enum CancelReservationStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
}
