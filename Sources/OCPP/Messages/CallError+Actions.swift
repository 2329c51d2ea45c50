extension CallError {
    /// The answer to a CALL whose action OCPP 1.6 does not have.
    static func notImplemented(_ call: Call) -> CallError {
        CallError(
            messageID: call.messageID, code: .notImplemented,
            description: "'\(PayloadViolation.excerpt(call.action))' is not an OCPP 1.6 action implemented here")
    }

    /// The answer to a CALL whose action OCPP 1.6 gives only to the other side, such as a Reset from a charge point.
    static func notSupported(_ call: Call, onlyFrom owner: String, notFrom caller: String) -> CallError {
        CallError(
            messageID: call.messageID, code: .notSupported,
            description: "'\(call.action)' is sent only by \(owner), never by \(caller)")
    }
}
