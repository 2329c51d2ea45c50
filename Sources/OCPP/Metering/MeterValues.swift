import Foundation

/// MeterValues.req: values sampled by a connector's meter, or with connector 0 by the main meter (1.6 §6.31).
///
/// `rawMeterValue` keeps `meterValue` as the station sent it, for storage that must keep signed meter data as
/// received; `meterValue` is read from it. Both are fixed at creation so that they cannot disagree.
package struct MeterValuesRequest: Sendable, Equatable {
    /// The connector; 0 is the main meter (1.6 §6.31: >= 0).
    package let connectorId: Int
    /// The transaction the values belong to, if any.
    package let transactionId: Int?
    /// The samples: at least one, each with at least one sampled value.
    package let meterValue: [MeterValue]
    /// `meterValue` as JSON, as received (or as written, for a request built here).
    package let rawMeterValue: JSONValue

    package init(connectorId: Int, transactionId: Int? = nil, meterValue: [MeterValue]) {
        self.connectorId = connectorId
        self.transactionId = transactionId
        self.meterValue = meterValue
        self.rawMeterValue = .array(meterValue.map(\.json))
    }
}

extension MeterValuesRequest: PayloadObject {
    /// Reads the request. `minItems: 1` on `meterValue` and on each `sampledValue` comes from python-ocpp's schema
    /// and 1.6 §6.31 (`1..*`); the official JSON schema leaves both out.
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer(minimum: 0))
        transactionId = try reader.optional("transactionId", .integer)
        let samples = try reader.required(
            "meterValue", .keepingRaw(.array(of: .object(MeterValue.self), minItems: 1)))
        if let position = samples.value.firstIndex(where: { $0.sampledValue.isEmpty }) {
            throw PayloadViolation(
                .tooFewItems(count: 0, minimum: 1),
                path: [.field("meterValue"), .index(position), .field("sampledValue")])
        }
        meterValue = samples.value
        rawMeterValue = samples.raw
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("transactionId", transactionId)
        writer.set("meterValue", json: rawMeterValue)
    }
}

/// MeterValues.conf: no fields (1.6 §6.32).
package struct MeterValuesResponse: Sendable, Equatable {
    package init() {}
}

extension MeterValuesResponse: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}
