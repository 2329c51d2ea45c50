/// One measured value of a meter value.
package struct SampledValue: Sendable, Equatable {
    /// The value exactly as the station sent it: a number, or signed meter data when `format` is SignedData.
    package var value: String
    /// Why it was sampled; nil means Sample.Periodic.
    package var context: ReadingContext?
    /// Raw number or signed data; nil means Raw.
    package var format: ValueFormat?
    /// What was measured; nil means Energy.Active.Import.Register.
    package var measurand: Measurand?
    /// The phase it was measured on, where it applies.
    package var phase: Phase?
    /// Where it was measured; nil means Outlet.
    package var location: Location?
    /// Its unit; nil means Wh.
    package var unit: UnitOfMeasure?

    package init(
        value: String,
        context: ReadingContext? = nil,
        format: ValueFormat? = nil,
        measurand: Measurand? = nil,
        phase: Phase? = nil,
        location: Location? = nil,
        unit: UnitOfMeasure? = nil
    ) {
        self.value = value
        self.context = context
        self.format = format
        self.measurand = measurand
        self.phase = phase
        self.location = location
        self.unit = unit
    }
}

extension SampledValue: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        value = try reader.required("value", .text)
        context = try reader.optional("context", .enumeration(ReadingContext.self))
        format = try reader.optional("format", .enumeration(ValueFormat.self))
        measurand = try reader.optional("measurand", .enumeration(Measurand.self))
        phase = try reader.optional("phase", .enumeration(Phase.self))
        location = try reader.optional("location", .enumeration(Location.self))
        unit = try reader.optional("unit", .enumeration(UnitOfMeasure.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("value", value)
        writer.set("context", context)
        writer.set("format", format)
        writer.set("measurand", measurand)
        writer.set("phase", phase)
        writer.set("location", location)
        writer.set("unit", unit)
    }
}
