import Foundation

/// StartTransaction.req: a charging session began (1.6 §6.45).
package struct StartTransactionRequest: Sendable, Equatable {
    /// The connector in use; 1.6 §6.45 requires > 0.
    package var connectorId: Int
    /// The identifier that started it.
    package var idTag: String
    /// The connector's energy register at the start, in Wh.
    package var meterStart: Int
    /// The reservation this transaction ends.
    package var reservationId: Int?
    /// When it started.
    package var timestamp: Date

    package init(connectorId: Int, idTag: String, meterStart: Int, reservationId: Int? = nil, timestamp: Date) {
        self.connectorId = connectorId
        self.idTag = idTag
        self.meterStart = meterStart
        self.reservationId = reservationId
        self.timestamp = timestamp
    }
}

extension StartTransactionRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer(minimum: 1))
        idTag = try reader.required("idTag", .string(maxLength: 20))
        meterStart = try reader.required("meterStart", .integer)
        reservationId = try reader.optional("reservationId", .integer)
        timestamp = try reader.required("timestamp", .dateTime)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("idTag", idTag)
        writer.set("meterStart", meterStart)
        writer.set("reservationId", reservationId)
        writer.set("timestamp", timestamp)
    }
}

/// StartTransaction.conf: the transaction id and the idTag's verdict (1.6 §6.46).
package struct StartTransactionResponse: Sendable, Equatable {
    /// The verdict on the idTag.
    package var idTagInfo: IdTagInfo
    /// The id the central system gives the transaction.
    package var transactionId: Int

    package init(idTagInfo: IdTagInfo, transactionId: Int) {
        self.idTagInfo = idTagInfo
        self.transactionId = transactionId
    }
}

extension StartTransactionResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        idTagInfo = try reader.required("idTagInfo", .object(IdTagInfo.self))
        transactionId = try reader.required("transactionId", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("idTagInfo", idTagInfo)
        writer.set("transactionId", transactionId)
    }
}
