import OCPP

/// How one of our CALLs ended, for the statistics.
package struct CallOutcome: Sendable, Equatable {
    /// The end of a CALL.
    package enum Kind: Sendable, Equatable {
        /// A CALLRESULT arrived.
        case answered
        /// A CALLERROR arrived.
        case refused(OCPPErrorCode)
        /// No answer within the call timeout.
        case timedOut
        /// The connection closed before the answer.
        case lost
    }

    package var action: String
    package var kind: Kind

    package init(action: String, kind: Kind) {
        self.action = action
        self.kind = kind
    }
}
