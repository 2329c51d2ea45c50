import OCPP

/// The backend's side of every charge-point session: the OCPP logic above the frame level.
///
/// For one connection the server calls `sessionOpened` first, then `callReceived` once per incoming CALL
/// in arrival order (the next only after the previous one's reply was sent), and `sessionClosed` last. When a new
/// connection replaces an older one for the same station, the older one's `sessionClosed(_:reason: .replaced)`
/// has returned before the newer one's `sessionOpened` is called.
package protocol StationSessionHandler: Sendable {
    /// A station finished its handshake; `connection` can send calls from now on.
    func sessionOpened(_ connection: StationConnection) async

    /// A station sent a CALL; answer it through `reply`, exactly once, with a `.callResult` or `.callError` carrying
    /// the call's message id.
    ///
    /// Called on the connection's event loop, so it must return at once and never block: start the work, and send
    /// the reply when it is done, from whichever thread finishes it. Outgoing calls on the same connection may be
    /// sent and awaited meanwhile: their answers are read. An answer of another kind or id is replaced by a
    /// CALLERROR `InternalError`. `sessionClosed` comes only after the reply was sent, also when the connection
    /// closed first, in which case the reply is dropped.
    func callReceived(_ call: Call, on connection: StationConnection, reply: CallReply)

    /// The session ended; pending outgoing calls have failed. `reason.isStationGone` is false for `.replaced`.
    func sessionClosed(_ connection: StationConnection, reason: CloseReason) async

    /// A frame could not be read as a CALL, CALLRESULT or CALLERROR and was answered with `error` (malformed
    /// JSON, a frame of the wrong shape); it never reaches `callReceived`.
    func frameRefused(_ error: CallError, on connection: StationConnection)

    /// A text frame was read or written on `connection`.
    ///
    /// Called for every frame, just before a write and just after a read, on the thread doing it (often the
    /// event loop), so it must return quickly: hand the record to a buffer.
    func frameJournaled(_ record: FrameRecord, on connection: StationConnection)
}
