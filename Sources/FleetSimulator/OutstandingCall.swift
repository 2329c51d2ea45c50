/// Our CALL that waits for its answer: what was sent, for whom, and until when we wait.
package struct OutstandingCall: Sendable, Equatable {
    /// Who sent the CALL and moves on when it is answered.
    package enum Origin: Sendable, Equatable {
        case station
        /// The connector at this index of `StationSimulation.connectors`.
        case connector(Int)
    }

    package var messageID: String
    package var request: StationMessage
    package var origin: Origin
    /// The timestamp the message carried, ISO 8601.
    package var timestamp: String
    /// When the CALL times out, as an offset from the simulation's start.
    package var deadline: Duration
}
