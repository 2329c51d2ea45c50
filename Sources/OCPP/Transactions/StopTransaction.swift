import Foundation

/// StopTransaction.req: a charging session ended (1.6 §6.49).
///
/// `rawTransactionData` keeps `transactionData` as the station sent it, for storage that must keep signed meter
/// data as received; `transactionData` is read from it. Both are fixed at creation so that they cannot disagree.
package struct StopTransactionRequest: Sendable, Equatable {
    /// The identifier that stopped it; nil when it stopped without one (a reset, for example).
    package let idTag: String?
    /// The connector's energy register at the end, in Wh.
    package let meterStop: Int
    /// When it stopped.
    package let timestamp: Date
    /// The id from StartTransaction.conf.
    package let transactionId: Int
    /// Why it stopped; nil means Local.
    package let reason: Reason?
    /// Meter values for billing, if the station sends them.
    package let transactionData: [MeterValue]?
    /// `transactionData` as JSON, as received (or as written, for a request built here).
    package let rawTransactionData: JSONValue?

    package init(
        idTag: String? = nil,
        meterStop: Int,
        timestamp: Date,
        transactionId: Int,
        reason: Reason? = nil,
        transactionData: [MeterValue]? = nil
    ) {
        self.idTag = idTag
        self.meterStop = meterStop
        self.timestamp = timestamp
        self.transactionId = transactionId
        self.reason = reason
        self.transactionData = transactionData
        self.rawTransactionData = transactionData.map { .array($0.map(\.json)) }
    }
}

extension StopTransactionRequest: PayloadObject {
    /// Reads the request. Unlike MeterValues, no `minItems`: neither the official nor python-ocpp's schema has one.
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        idTag = try reader.optional("idTag", .string(maxLength: 20))
        meterStop = try reader.required("meterStop", .integer)
        timestamp = try reader.required("timestamp", .dateTime)
        transactionId = try reader.required("transactionId", .integer)
        reason = try reader.optional("reason", .enumeration(Reason.self))
        let data = try reader.optional("transactionData", .keepingRaw(.array(of: .object(MeterValue.self))))
        transactionData = data?.value
        rawTransactionData = data?.raw
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("idTag", idTag)
        writer.set("meterStop", meterStop)
        writer.set("timestamp", timestamp)
        writer.set("transactionId", transactionId)
        writer.set("reason", reason)
        writer.set("transactionData", json: rawTransactionData)
    }
}

/// StopTransaction.conf (1.6 §6.50).
package struct StopTransactionResponse: Sendable, Equatable {
    /// The verdict on the idTag that stopped it, when there was one.
    package var idTagInfo: IdTagInfo?

    package init(idTagInfo: IdTagInfo? = nil) {
        self.idTagInfo = idTagInfo
    }
}

extension StopTransactionResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        idTagInfo = try reader.optional("idTagInfo", .object(IdTagInfo.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("idTagInfo", idTagInfo)
    }
}
