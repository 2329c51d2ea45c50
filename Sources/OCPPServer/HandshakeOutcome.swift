/// How one accepted socket's handshake ended.
enum HandshakeOutcome: Sendable {
    /// Upgraded to WebSocket with subprotocol `ocpp1.6`; the session's frames are already being served.
    case upgraded(StationSession)
    /// Answered with an HTTP error, which is written and followed by a close; `stationID` when the path had one.
    case refused(HandshakeRefusal, stationID: String?)
}
