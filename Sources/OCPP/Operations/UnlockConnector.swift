/// UnlockConnector.req: release a connector's cable lock (1.6 §6.53).
package struct UnlockConnectorRequest: Sendable, Equatable {
    /// The connector to unlock (1.6 §6.53: > 0).
    package var connectorId: Int

    package init(connectorId: Int) {
        self.connectorId = connectorId
    }
}

extension UnlockConnectorRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer(minimum: 1))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
    }
}

/// UnlockConnector.conf (1.6 §6.54).
package struct UnlockConnectorResponse: Sendable, Equatable {
    /// Whether it unlocked.
    package var status: UnlockStatus

    package init(status: UnlockStatus) {
        self.status = status
    }
}

extension UnlockConnectorResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(UnlockStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether the connector was unlocked.
package enum UnlockStatus: String, Sendable, CaseIterable {
    case unlocked = "Unlocked"
    case unlockFailed = "UnlockFailed"
    case notSupported = "NotSupported"
}
