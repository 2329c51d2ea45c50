/// One period of a charging schedule.
package struct ChargingSchedulePeriod: Sendable, Equatable {
    /// Seconds from the schedule's start.
    package var startPeriod: Int
    /// The limit in the schedule's unit, in steps of 0.1.
    package var limit: Double
    /// Phases that may be used; nil means 3.
    package var numberPhases: Int?

    package init(startPeriod: Int, limit: Double, numberPhases: Int? = nil) {
        self.startPeriod = startPeriod
        self.limit = limit
        self.numberPhases = numberPhases
    }
}

extension ChargingSchedulePeriod: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        startPeriod = try reader.required("startPeriod", .integer)
        limit = try reader.required("limit", .decimalInTenths)
        numberPhases = try reader.optional("numberPhases", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("startPeriod", startPeriod)
        writer.set("limit", limit)
        writer.set("numberPhases", numberPhases)
    }
}
