import OCPP

/// The backend's side of every charge-point session: the OCPP logic above the frame level.
///
/// For one connection the server calls `sessionOpened` first, then `callReceived` once per incoming CALL
/// in arrival order (the next only after the previous returned), and `sessionClosed` last. When a new
/// connection replaces an older one for the same station, the older one's `sessionClosed(_:reason: .replaced)`
/// has returned before the newer one's `sessionOpened` is called.
package protocol StationSessionHandler: Sendable {
    /// A station finished its handshake; `connection` can send calls from now on.
    func sessionOpened(_ connection: StationConnection) async

    /// A station sent a CALL; the answer is a `.callResult` or `.callError` with the call's message id.
    ///
    /// Outgoing calls on the same connection may be sent and awaited from here: their answers are read
    /// meanwhile. An answer of another kind or id is replaced by a CALLERROR `InternalError`. When the
    /// connection ends first, the task is cancelled: the station never got the answer and resends what it must.
    /// `sessionClosed` comes only after this has returned.
    func callReceived(_ call: Call, on connection: StationConnection) async -> Frame

    /// The session ended; pending outgoing calls have failed. `reason.isStationGone` is false for `.replaced`.
    func sessionClosed(_ connection: StationConnection, reason: CloseReason) async

    /// A frame could not be read as a CALL, CALLRESULT or CALLERROR and was answered with `error` (malformed
    /// JSON, a frame of the wrong shape); it never reaches `callReceived`.
    func frameRefused(_ error: CallError, on connection: StationConnection)

    /// A text frame was read or written on `connection`.
    ///
    /// Called for every frame by the task that read or wrote it, just before a write and just after a read,
    /// so it must return quickly: hand the record to a buffer (an `AsyncStream` continuation, say).
    func frameJournaled(_ record: FrameRecord, on connection: StationConnection)
}
