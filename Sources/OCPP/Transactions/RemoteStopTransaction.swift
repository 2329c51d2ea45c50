/// RemoteStopTransaction.req: stop a transaction (1.6 §6.35).
package struct RemoteStopTransactionRequest: Sendable, Equatable {
    /// The transaction to stop.
    package var transactionId: Int

    package init(transactionId: Int) {
        self.transactionId = transactionId
    }
}

extension RemoteStopTransactionRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        transactionId = try reader.required("transactionId", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("transactionId", transactionId)
    }
}

/// RemoteStopTransaction.conf (1.6 §6.36).
package struct RemoteStopTransactionResponse: Sendable, Equatable {
    /// Whether the charge point will try to stop.
    package var status: RemoteStartStopStatus

    package init(status: RemoteStartStopStatus) {
        self.status = status
    }
}

extension RemoteStopTransactionResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(RemoteStartStopStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}
