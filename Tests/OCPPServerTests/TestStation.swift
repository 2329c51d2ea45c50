import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket
import OCPP

/// A minimal charge point for tests: a NIO WebSocket client that sends and reads raw frames.
final class TestStation {
    /// Why a test station could not go on.
    enum Failure: Error {
        case handshakeRefused
        case connectionEnded
        case unexpectedFrame(WebSocketOpcode)
    }

    private enum Upgrade: Sendable {
        case upgraded(NIOAsyncChannel<WebSocketFrame, WebSocketFrame>, subprotocol: String?)
        case refused
    }

    /// The subprotocol the server chose in its 101 response.
    let subprotocol: String?
    private var inbound: NIOAsyncChannelInboundStream<WebSocketFrame>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>

    private init(
        subprotocol: String?,
        inbound: NIOAsyncChannelInboundStream<WebSocketFrame>,
        outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>
    ) {
        self.subprotocol = subprotocol
        self.inbound = inbound.makeAsyncIterator()
        self.outbound = outbound
    }

    /// Connects to `ws://127.0.0.1:port/ocpp/{pathSegment}` offering `ocpp1.6`, runs `body`, then disconnects.
    ///
    /// `pathSegment` is `stationID` unless given (percent-encoded, say); the Basic user name is `stationID`.
    static func connect<Result>(
        port: Int,
        stationID: String,
        pathSegment: String? = nil,
        password: String? = nil,
        _ body: (TestStation) async throws -> Result
    ) async throws -> Result {
        var headers = HTTPHeaders([("Host", "127.0.0.1:\(port)"), ("Sec-WebSocket-Protocol", "ocpp2.0.1, ocpp1.6")])
        if let password {
            let credentials = Data("\(stationID):\(password)".utf8).base64EncodedString()
            headers.add(name: "Authorization", value: "Basic " + credentials)
        }
        let head = HTTPRequestHead(
            version: .http1_1,
            method: .GET,
            uri: "/ocpp/\(pathSegment ?? stationID)",
            headers: headers
        )
        let upgrade: EventLoopFuture<Upgrade> = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let upgrader = NIOTypedWebSocketClientUpgrader<Upgrade>(
                        maxFrameSize: 1 << 20,
                        upgradePipelineHandler: { channel, response in
                            channel.eventLoop.makeCompletedFuture {
                                let webSocket = try NIOAsyncChannel<WebSocketFrame, WebSocketFrame>(
                                    wrappingChannelSynchronously: channel
                                )
                                return .upgraded(
                                    webSocket,
                                    subprotocol: response.headers.first(name: "Sec-WebSocket-Protocol")
                                )
                            }
                        }
                    )
                    let configuration = NIOTypedHTTPClientUpgradeConfiguration<Upgrade>(
                        upgradeRequestHead: head,
                        upgraders: [upgrader],
                        notUpgradingCompletionHandler: { channel in channel.eventLoop.makeSucceededFuture(.refused) }
                    )
                    return try channel.pipeline.syncOperations.configureUpgradableHTTPClientPipeline(
                        configuration: .init(upgradeConfiguration: configuration)
                    )
                }
            }
        guard case .upgraded(let webSocket, let subprotocol) = try await upgrade.get() else {
            throw Failure.handshakeRefused
        }
        return try await webSocket.executeThenClose { inbound, outbound in
            try await body(TestStation(subprotocol: subprotocol, inbound: inbound, outbound: outbound))
        }
    }

    /// Sends one masked frame, as a client must.
    func send(_ opcode: WebSocketOpcode, _ data: ByteBuffer) async throws {
        try await outbound.write(WebSocketFrame(fin: true, opcode: opcode, maskKey: .random(), data: data))
    }

    /// Sends one text frame.
    func send(text: String) async throws {
        try await send(.text, ByteBuffer(string: text))
    }

    /// Sends one OCPP frame.
    func send(_ frame: Frame) async throws {
        try await send(text: frame.encoded())
    }

    /// The next frame from the server, whatever its kind.
    func receive() async throws -> WebSocketFrame {
        guard let frame = try await inbound.next() else { throw Failure.connectionEnded }
        return frame
    }

    /// The next frame, which must be a text frame holding an OCPP frame.
    func receiveOCPP() async throws -> Frame {
        let frame = try await receive()
        guard frame.opcode == .text else { throw Failure.unexpectedFrame(frame.opcode) }
        return try Frame.decode(bytes: Array(frame.unmaskedData.readableBytesView)).get()
    }

    /// The next frame, which must be a close frame; returns its close code.
    func receiveClose() async throws -> UInt16? {
        let frame = try await receive()
        guard frame.opcode == .connectionClose else { throw Failure.unexpectedFrame(frame.opcode) }
        var data = frame.unmaskedData
        return data.readInteger(as: UInt16.self)
    }
}
