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
final class FakeCentralSystem: Sendable {
    /// What a handshake carried.
    struct Handshake: Sendable, Equatable {
        var uri: String
        var authorization: String?
        var subprotocol: String?
    }

    private enum Upgrade: Sendable {
        case websocket(NIOAsyncChannel<WebSocketFrame, WebSocketFrame>)
        case refused
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
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in fake.configure(channel) }
        let port = try #require(server.channel.localAddress?.port)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.executeThenClose { upgrades in
                    await withDiscardingTaskGroup { connections in
                        do {
                            for try await upgrade in upgrades {
                                connections.addTask { await fake.serve(upgrade) }
                            }
                        } catch {
                            // The listening socket closed: the test is over.
                        }
                    }
                }
            }
            let result = try await body(port, fake)
            group.cancelAll()
            return result
        }
    }

    private func configure(_ channel: any Channel) -> EventLoopFuture<EventLoopFuture<Upgrade>> {
        channel.eventLoop.makeCompletedFuture {
            let upgrader = NIOTypedWebSocketServerUpgrader<Upgrade>(
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
                        .websocket(
                            try NIOAsyncChannel<WebSocketFrame, WebSocketFrame>(wrappingChannelSynchronously: channel)
                        )
                    }
                }
            )
            return try channel.pipeline.syncOperations.configureUpgradableHTTPServerPipeline(
                configuration: .init(
                    upgradeConfiguration: NIOTypedHTTPServerUpgradeConfiguration(
                        upgraders: [upgrader],
                        notUpgradingCompletionHandler: { channel in
                            channel.close(promise: nil)
                            return channel.eventLoop.makeSucceededFuture(.refused)
                        }
                    )
                )
            )
        }
    }

    private func serve(_ upgrade: EventLoopFuture<Upgrade>) async {
        guard case .websocket(let channel)? = try? await upgrade.get() else { return }
        var script = ScriptedCentralSystem()
        script.heartbeatSeconds = 10
        try? await channel.executeThenClose { inbound, outbound in
            for try await frame in inbound {
                switch frame.opcode {
                case .text:
                    guard
                        case .success(.call(let call)) = Frame.decode(
                            bytes: Array(frame.unmaskedData.readableBytesView)
                        )
                    else { continue }
                    let answer = script.answer(call).encoded()
                    try await outbound.write(WebSocketFrame(fin: true, opcode: .text, data: ByteBuffer(string: answer)))
                case .connectionClose:
                    try await outbound.write(
                        WebSocketFrame(fin: true, opcode: .connectionClose, data: frame.unmaskedData)
                    )
                    return
                default:
                    continue
                }
            }
        }
    }
}
