/// Why a call from the central system to a station got no answer.
///
/// Like postgres-nio's errors, `description` stays generic and `debugDescription` carries the facts;
/// `messageID` is the reference to quote, since the journal records the CALL under it.
package struct StationCallError: Error, Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The kind of failure; more may be added.
    package struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case timedOut, disconnected
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The station did not answer within the timeout; the call counts as unanswered.
        package static let timedOut = Code(.timedOut)
        /// The connection closed (or was replaced) before the answer came, or before the call was sent.
        package static let disconnected = Code(.disconnected)

        package var description: String { base.rawValue }
    }

    package var code: Code
    package var stationID: String
    package var action: String
    /// The CALL's message id.
    package var messageID: String
    /// Why the connection closed, for `.disconnected`.
    package var closeReason: CloseReason?

    package init(code: Code, stationID: String, action: String, messageID: String, closeReason: CloseReason? = nil) {
        self.code = code
        self.stationID = stationID
        self.action = action
        self.messageID = messageID
        self.closeReason = closeReason
    }

    package var description: String {
        "StationCallError(code: \(code))"
    }

    package var debugDescription: String {
        var text = "StationCallError(code: \(code), station: \(stationID), action: \(action), messageID: \(messageID)"
        if let closeReason { text += ", closeReason: \(closeReason)" }
        return text + ")"
    }
}
