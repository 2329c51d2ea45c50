import Foundation

/// GetCompositeSchedule.req: the limits that will apply, all profiles combined (1.6 §6.21).
package struct GetCompositeScheduleRequest: Sendable, Equatable {
    /// The connector; 0 means the grid connection.
    package var connectorId: Int
    /// Seconds of schedule wanted.
    package var duration: Int
    /// The unit wanted.
    package var chargingRateUnit: ChargingRateUnitType?

    package init(connectorId: Int, duration: Int, chargingRateUnit: ChargingRateUnitType? = nil) {
        self.connectorId = connectorId
        self.duration = duration
        self.chargingRateUnit = chargingRateUnit
    }
}

extension GetCompositeScheduleRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer)
        duration = try reader.required("duration", .integer)
        chargingRateUnit = try reader.optional("chargingRateUnit", .enumeration(ChargingRateUnitType.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("duration", duration)
        writer.set("chargingRateUnit", chargingRateUnit)
    }
}

/// GetCompositeSchedule.conf (1.6 §6.22).
package struct GetCompositeScheduleResponse: Sendable, Equatable {
    /// Whether it could be computed.
    package var status: GetCompositeScheduleStatus
    /// The connector it applies to.
    package var connectorId: Int?
    /// The moment the periods count from.
    package var scheduleStart: Date?
    /// The combined schedule.
    package var chargingSchedule: ChargingSchedule?

    package init(
        status: GetCompositeScheduleStatus,
        connectorId: Int? = nil,
        scheduleStart: Date? = nil,
        chargingSchedule: ChargingSchedule? = nil
    ) {
        self.status = status
        self.connectorId = connectorId
        self.scheduleStart = scheduleStart
        self.chargingSchedule = chargingSchedule
    }
}

extension GetCompositeScheduleResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(GetCompositeScheduleStatus.self))
        connectorId = try reader.optional("connectorId", .integer)
        scheduleStart = try reader.optional("scheduleStart", .dateTime)
        chargingSchedule = try reader.optional("chargingSchedule", .object(ChargingSchedule.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
        writer.set("connectorId", connectorId)
        writer.set("scheduleStart", scheduleStart)
        writer.set("chargingSchedule", chargingSchedule)
    }
}

/// Whether the charge point could compute its composite schedule.
package enum GetCompositeScheduleStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
}
