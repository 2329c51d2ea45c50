import Foundation

/// Limits over time.
package struct ChargingSchedule: Sendable, Equatable {
    /// Seconds the schedule lasts; nil means until a next one.
    package var duration: Int?
    /// When an absolute schedule starts.
    package var startSchedule: Date?
    /// Amperes or watts.
    package var chargingRateUnit: ChargingRateUnitType
    /// The periods, in start order.
    package var chargingSchedulePeriod: [ChargingSchedulePeriod]
    /// The lowest rate the vehicle charges at, in steps of 0.1.
    package var minChargingRate: Double?

    package init(
        duration: Int? = nil,
        startSchedule: Date? = nil,
        chargingRateUnit: ChargingRateUnitType,
        chargingSchedulePeriod: [ChargingSchedulePeriod],
        minChargingRate: Double? = nil
    ) {
        self.duration = duration
        self.startSchedule = startSchedule
        self.chargingRateUnit = chargingRateUnit
        self.chargingSchedulePeriod = chargingSchedulePeriod
        self.minChargingRate = minChargingRate
    }
}

extension ChargingSchedule: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        duration = try reader.optional("duration", .integer)
        startSchedule = try reader.optional("startSchedule", .dateTime)
        chargingRateUnit = try reader.required("chargingRateUnit", .enumeration(ChargingRateUnitType.self))
        chargingSchedulePeriod = try reader.required(
            "chargingSchedulePeriod", .array(of: .object(ChargingSchedulePeriod.self)))
        minChargingRate = try reader.optional("minChargingRate", .decimalInTenths)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("duration", duration)
        writer.set("startSchedule", startSchedule)
        writer.set("chargingRateUnit", chargingRateUnit)
        writer.set("chargingSchedulePeriod", chargingSchedulePeriod)
        writer.set("minChargingRate", minChargingRate)
    }
}
