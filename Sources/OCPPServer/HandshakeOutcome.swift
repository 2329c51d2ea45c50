import NIOCore
import NIOWebSocket

/// How one accepted socket's handshake ended.
enum HandshakeOutcome: Sendable {
    /// Upgraded to WebSocket with subprotocol `ocpp1.6`.
    case upgraded(NIOAsyncChannel<WebSocketFrame, WebSocketFrame>, StationHandshake)
    /// Answered with an HTTP error, which is written and followed by a close; `stationID` when the path had one.
    case refused(HandshakeRefusal, stationID: String?)
}
