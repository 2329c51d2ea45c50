import NIOCore
import NIOPosix

/// Sends a raw HTTP request and reads the whole answer, for handshakes the server must refuse.
enum HTTPProbe {
    /// What the server answered.
    struct Response {
        let status: Int
        /// Status line, headers and body, as received.
        let text: String
    }

    /// A WebSocket handshake request for `path`, offering `subprotocols`, with optional Basic credentials.
    static func handshake(path: String, subprotocols: String?, authorization: String? = nil) -> String {
        var lines = [
            "GET \(path) HTTP/1.1", "Host: 127.0.0.1", "Upgrade: websocket", "Connection: Upgrade",
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13",
        ]
        if let subprotocols { lines.append("Sec-WebSocket-Protocol: \(subprotocols)") }
        if let authorization { lines.append("Authorization: \(authorization)") }
        return lines.joined(separator: "\r\n") + "\r\n\r\n"
    }

    /// Sends `request` to 127.0.0.1:`port` and returns everything read until the server closes.
    static func send(_ request: String, port: Int) async throws -> Response {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let text = try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: request))
            var text = ""
            for try await chunk in inbound { text += String(buffer: chunk) }
            return text
        }
        let statusLine = text.split(separator: "\r\n").first ?? ""
        let status = statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return Response(status: status, text: text)
    }
}
