import Foundation

/// Values sampled at one moment.
package struct MeterValue: Sendable, Equatable {
    /// When the values were sampled.
    package var timestamp: Date
    /// The values.
    package var sampledValue: [SampledValue]

    package init(timestamp: Date, sampledValue: [SampledValue]) {
        self.timestamp = timestamp
        self.sampledValue = sampledValue
    }
}

extension MeterValue: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        timestamp = try reader.required("timestamp", .dateTime)
        sampledValue = try reader.required("sampledValue", .array(of: .object(SampledValue.self)))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("timestamp", timestamp)
        writer.set("sampledValue", sampledValue)
    }
}
