/// TriggerMessage.req: ask the charge point to send a message now (1.6 §6.51).
package struct TriggerMessageRequest: Sendable, Equatable {
    /// The message to send.
    package var requestedMessage: MessageTrigger
    /// The connector it is about, if any (1.6 §6.51: > 0).
    package var connectorId: Int?

    package init(requestedMessage: MessageTrigger, connectorId: Int? = nil) {
        self.requestedMessage = requestedMessage
        self.connectorId = connectorId
    }
}

extension TriggerMessageRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        requestedMessage = try reader.required("requestedMessage", .enumeration(MessageTrigger.self))
        connectorId = try reader.optional("connectorId", .integer(minimum: 1))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("requestedMessage", requestedMessage)
        writer.set("connectorId", connectorId)
    }
}

/// TriggerMessage.conf (1.6 §6.52).
package struct TriggerMessageResponse: Sendable, Equatable {
    /// Whether it will send the message.
    package var status: TriggerMessageStatus

    package init(status: TriggerMessageStatus) {
        self.status = status
    }
}

extension TriggerMessageResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(TriggerMessageStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// The message a TriggerMessage asks the charge point to send.
package enum MessageTrigger: String, Sendable, CaseIterable {
    case bootNotification = "BootNotification"
    case diagnosticsStatusNotification = "DiagnosticsStatusNotification"
    case firmwareStatusNotification = "FirmwareStatusNotification"
    case heartbeat = "Heartbeat"
    case meterValues = "MeterValues"
    case statusNotification = "StatusNotification"
}

/// Whether the charge point will send the triggered message.
package enum TriggerMessageStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
    case notImplemented = "NotImplemented"
}
