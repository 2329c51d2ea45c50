import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket
import OCPP
import Synchronization
import Testing

/// A tiny central system to test the simulator's client end to end over real sockets on 127.0.0.1.
///
/// It upgrades requests that offer `ocpp1.6` (answering with the subprotocol only when `offersSubprotocol`),
/// remembers each handshake, and answers every CALL at once as `ScriptedCentralSystem` does. No OCPP rules.
/// It answers on an event loop of its own, in channel handlers: a test process keeps the Swift concurrency pool
/// busy with hundreds of other tests, and a fake waiting for that pool left the stations unanswered for seconds.
final class FakeCentralSystem: Sendable {
    /// What a handshake carried.
    struct Handshake: Sendable, Equatable {
        var uri: String
        var authorization: String?
        var subprotocol: String?
    }

    private let offersSubprotocol: Bool
    private let recorded = Mutex<[Handshake]>([])

    private init(offersSubprotocol: Bool) {
        self.offersSubprotocol = offersSubprotocol
    }

    /// The handshakes so far.
    var handshakes: [Handshake] { recorded.withLock { $0 } }

    /// Runs a fake on a free port of 127.0.0.1 while `body` runs, then stops it.
    static func withRunning<Result: Sendable>(
        offersSubprotocol: Bool = true,
        _ body: @Sendable (_ port: Int, _ fake: FakeCentralSystem) async throws -> Result
    ) async throws -> Result {
        let fake = FakeCentralSystem(offersSubprotocol: offersSubprotocol)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let server = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in fake.configure(channel) }
                .bind(host: "127.0.0.1", port: 0)
                .get()
            let result: Result
            do {
                let port = try #require(server.localAddress?.port)
                result = try await body(port, fake)
            } catch {
                try? await server.close()
                throw error
            }
            try? await server.close()
            try await group.shutdownGracefully()
            return result
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    private func configure(_ channel: any Channel) -> EventLoopFuture<Void> {
        channel.eventLoop.makeCompletedFuture {
            let upgrader = NIOTypedWebSocketServerUpgrader<Void>(
                shouldUpgrade: { [self] channel, head in
                    let offered = head.headers[canonicalForm: "Sec-WebSocket-Protocol"].first.map(String.init)
                    recorded.withLock {
                        $0.append(
                            Handshake(
                                uri: head.uri,
                                authorization: head.headers.first(name: "Authorization"),
                                subprotocol: offered
                            )
                        )
                    }
                    var headers = HTTPHeaders()
                    if offersSubprotocol, offered == "ocpp1.6" {
                        headers.add(name: "Sec-WebSocket-Protocol", value: "ocpp1.6")
                    }
                    return channel.eventLoop.makeSucceededFuture(headers)
                },
                upgradePipelineHandler: { channel, _ in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(CallAnswerer())
                    }
                }
            )
            _ = try channel.pipeline.syncOperations.configureUpgradableHTTPServerPipeline(
                configuration: .init(
                    upgradeConfiguration: NIOTypedHTTPServerUpgradeConfiguration(
                        upgraders: [upgrader],
                        notUpgradingCompletionHandler: { channel in channel.close() }
                    )
                )
            )
        }
    }
}

/// Answers each CALL of one upgraded connection at once, and a close with a close.
private final class CallAnswerer: ChannelInboundHandler {
    typealias InboundIn = WebSocketFrame
    typealias OutboundOut = WebSocketFrame

    private var script = ScriptedCentralSystem()

    init() {
        script.heartbeatSeconds = 10
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        switch frame.opcode {
        case .text:
            guard
                case .success(.call(let call)) = Frame.decode(bytes: Array(frame.unmaskedData.readableBytesView))
            else { return }
            let answer = context.channel.allocator.buffer(string: script.answer(call).encoded())
            context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .text, data: answer)), promise: nil)
        case .connectionClose:
            let echo = WebSocketFrame(fin: true, opcode: .connectionClose, data: frame.unmaskedData)
            context.writeAndFlush(wrapOutboundOut(echo), promise: nil)
            context.close(promise: nil)
        default:
            break
        }
    }
}
