/// RemoteStartTransaction.req: start charging for an idTag (1.6 §6.33).
package struct RemoteStartTransactionRequest: Sendable, Equatable {
    /// The connector to use (1.6: SHALL be > 0, which its schema does not check).
    package var connectorId: Int?
    /// The identifier to start the transaction for.
    package var idTag: String
    /// A TxProfile for the transaction.
    package var chargingProfile: ChargingProfile?

    package init(connectorId: Int? = nil, idTag: String, chargingProfile: ChargingProfile? = nil) {
        self.connectorId = connectorId
        self.idTag = idTag
        self.chargingProfile = chargingProfile
    }
}

extension RemoteStartTransactionRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.optional("connectorId", .integer)
        idTag = try reader.required("idTag", .string(maxLength: 20))
        chargingProfile = try reader.optional("chargingProfile", .object(ChargingProfile.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("idTag", idTag)
        writer.set("chargingProfile", chargingProfile)
    }
}

/// RemoteStartTransaction.conf (1.6 §6.34).
package struct RemoteStartTransactionResponse: Sendable, Equatable {
    /// Whether the charge point will try to start.
    package var status: RemoteStartStopStatus

    package init(status: RemoteStartStopStatus) {
        self.status = status
    }
}

extension RemoteStartTransactionResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(RemoteStartStopStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}
