import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket
import OCPP

/// A minimal charge point for tests: a NIO WebSocket client that sends OCPP frames and reads the answers.
///
/// The approach of `Tests/OCPPServerTests/TestStation.swift` (test targets cannot import each other).
final class TestStation {
    /// Why a test station could not go on.
    enum Failure: Error {
        case handshakeRefused
        case connectionEnded
        case unexpectedFrame(WebSocketOpcode)
    }

    private enum Upgrade: Sendable {
        case upgraded(NIOAsyncChannel<WebSocketFrame, WebSocketFrame>)
        case refused
    }

    private var inbound: NIOAsyncChannelInboundStream<WebSocketFrame>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>
    private var nextMessageID = 0

    private init(
        inbound: NIOAsyncChannelInboundStream<WebSocketFrame>, outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>
    ) {
        self.inbound = inbound.makeAsyncIterator()
        self.outbound = outbound
    }

    /// Connects to `ws://127.0.0.1:port/ocpp/{stationID}` offering `ocpp1.6` with Basic credentials, runs `body`,
    /// then disconnects.
    static func connect<Result>(
        port: Int, stationID: String, password: String?, _ body: (TestStation) async throws -> Result
    ) async throws -> Result {
        var headers = HTTPHeaders([("Host", "127.0.0.1:\(port)"), ("Sec-WebSocket-Protocol", "ocpp1.6")])
        if let password {
            let credentials = Data("\(stationID):\(password)".utf8).base64EncodedString()
            headers.add(name: "Authorization", value: "Basic " + credentials)
        }
        let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: "/ocpp/\(stationID)", headers: headers)
        let upgrade: EventLoopFuture<Upgrade> = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let upgrader = NIOTypedWebSocketClientUpgrader<Upgrade>(
                        maxFrameSize: 1 << 20,
                        upgradePipelineHandler: { channel, _ in
                            channel.eventLoop.makeCompletedFuture {
                                .upgraded(try NIOAsyncChannel(wrappingChannelSynchronously: channel))
                            }
                        })
                    let configuration = NIOTypedHTTPClientUpgradeConfiguration<Upgrade>(
                        upgradeRequestHead: head, upgraders: [upgrader],
                        notUpgradingCompletionHandler: { channel in channel.eventLoop.makeSucceededFuture(.refused) })
                    return try channel.pipeline.syncOperations.configureUpgradableHTTPClientPipeline(
                        configuration: .init(upgradeConfiguration: configuration))
                }
            }
        guard case .upgraded(let webSocket) = try await upgrade.get() else { throw Failure.handshakeRefused }
        return try await webSocket.executeThenClose { inbound, outbound in
            try await body(TestStation(inbound: inbound, outbound: outbound))
        }
    }

    /// Sends one text frame, masked as a client must.
    func send(text: String) async throws {
        try await outbound.write(
            WebSocketFrame(fin: true, opcode: .text, maskKey: .random(), data: ByteBuffer(string: text)))
    }

    func send(_ frame: Frame) async throws {
        try await send(text: frame.encoded())
    }

    /// The next frame from the server, which must be a text frame holding an OCPP frame.
    func receive() async throws -> Frame {
        guard let frame = try await inbound.next() else { throw Failure.connectionEnded }
        guard frame.opcode == .text else { throw Failure.unexpectedFrame(frame.opcode) }
        return try Frame.decode(bytes: Array(frame.unmaskedData.readableBytesView)).get()
    }

    /// Sends a CALL with a fresh message id and returns the server's answer.
    func call(_ action: String, _ payloadJSON: String) async throws -> Frame {
        nextMessageID += 1
        try await send(
            .call(Call(messageID: "m\(nextMessageID)", action: action, payload: try JSONValue(parsing: payloadJSON))))
        return try await receive()
    }
}
