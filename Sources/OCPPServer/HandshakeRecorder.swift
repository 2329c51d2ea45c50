import NIOCore
import NIOHTTP1

/// Remembers a connection's upgrade request and the verdict on it, until the handshake is answered.
///
/// NIO's upgrade handler consumes the request head of a failed upgrade, so the not-upgrading path could
/// not tell a wrong path from a bad key without this record. It sits before the upgrade handler, passes
/// every part on, and leaves the pipeline with the other HTTP handlers when the upgrade succeeds.
final class HandshakeRecorder: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    /// The request head, once read.
    private(set) var head: HTTPRequestHead?
    /// The handshake that passed every check, set just before the upgrade.
    var accepted: StationHandshake?
    /// Why the upgrade was refused, when a check failed.
    var refusal: HandshakeRefusal?

    init() {}

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = Self.unwrapInboundIn(data), self.head == nil {
            self.head = head
        }
        context.fireChannelRead(data)
    }

    /// The refusal to answer when the upgrade did not happen: the recorded one, else one read off the head.
    var refusalForUnupgradedRequest: HandshakeRefusal {
        if let refusal { return refusal }
        guard let head else { return .notWebSocket }
        do {
            _ = try StationHandshake.stationID(fromURI: head.uri)
            return .notWebSocket
        } catch {
            return error
        }
    }
}

@available(*, unavailable)
extension HandshakeRecorder: Sendable {}
