import Foundation

/// One OCPP-J message: a CALL, its CALLRESULT, or a CALLERROR (OCPP-J 1.6, section 4).
package enum Frame: Sendable, Equatable {
    case call(Call)
    case callResult(CallResult)
    case callError(CallError)

    /// The unique id that correlates a CALL with its answer.
    package var messageID: String {
        switch self {
        case .call(let call): call.messageID
        case .callResult(let result): result.messageID
        case .callError(let error): error.messageID
        }
    }
}

/// A request: `[2, "<messageId>", "<action>", {payload}]`.
package struct Call: Sendable, Equatable {
    package var messageID: String
    package var action: String
    package var payload: JSONValue

    package init(messageID: String, action: String, payload: JSONValue) {
        self.messageID = messageID
        self.action = action
        self.payload = payload
    }
}

/// A successful answer: `[3, "<messageId>", {payload}]`.
package struct CallResult: Sendable, Equatable {
    package var messageID: String
    package var payload: JSONValue

    package init(messageID: String, payload: JSONValue) {
        self.messageID = messageID
        self.payload = payload
    }
}

/// An error answer: `[4, "<messageId>", "<errorCode>", "<errorDescription>", {errorDetails}]`.
package struct CallError: Sendable, Equatable, Error {
    package var messageID: String
    package var code: OCPPErrorCode
    package var description: String
    package var details: JSONValue

    package init(messageID: String, code: OCPPErrorCode, description: String, details: JSONValue = .object([:])) {
        self.messageID = messageID
        self.code = code
        self.description = description
        self.details = details
    }
}
