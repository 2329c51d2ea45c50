import NIOCore
import OCPP

/// Where the backend sends its answer to one incoming CALL: exactly once, from any thread.
///
/// The answer hops to the connection's event loop, is written there, and lets the next queued CALL through. An
/// answer that comes after the connection closed is dropped: the station never got it and resends what it must.
package struct CallReply: Sendable {
    /// The CALL this reply answers.
    package let call: Call
    private let number: UInt64
    private let session: NIOLoopBound<StationChannelHandler>

    init(call: Call, number: UInt64, session: NIOLoopBound<StationChannelHandler>) {
        self.call = call
        self.number = number
        self.session = session
    }

    /// Sends `answer`: a `.callResult` or `.callError` with the call's message id (anything else is replaced by a
    /// CALLERROR `InternalError`).
    package func send(_ answer: Frame) {
        let eventLoop = session.eventLoop
        if eventLoop.inEventLoop {
            session.value.answered(answer, toCallNumber: number)
        } else {
            let session = self.session
            let number = self.number
            eventLoop.execute { session.value.answered(answer, toCallNumber: number) }
        }
    }
}
