import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket

/// Opens a charge point's connection: TCP, then the HTTP upgrade with subprotocol `ocpp1.6` and Basic auth.
struct WebSocketDialer: Sendable {
    /// The central system did not upgrade the connection: a refused handshake (e.g. 401) or no `ocpp1.6`.
    struct UpgradeRefused: Error {}

    private enum UpgradeResult: Sendable {
        case upgraded(any Channel)
        case refused
    }

    let endpoint: OCPPEndpoint
    /// The limit for the TCP connect, and again for the HTTP upgrade.
    let timeout: Duration

    /// The largest WebSocket message accepted from the central system, in bytes.
    static let maximumMessageSize = 1 << 20

    /// Connects charge point `id` with `password` on `eventLoop`, with `frameHandler` at the end of the upgraded
    /// pipeline; the future fails when the connection or the upgrade fails, and completes on `eventLoop`.
    func connect(
        id: ChargePointID, password: String, on eventLoop: any EventLoop, frameHandler: StationFrameHandler
    ) -> EventLoopFuture<any Channel> {
        let head = upgradeRequest(id: id, password: password)
        let handshakeTimeout = TimeAmount.nanoseconds(timeout.nanoseconds)
        let handler = NIOLoopBound(frameHandler, eventLoop: eventLoop)
        let upgraded = eventLoop.makePromise(of: UpgradeResult.self)
        let connected = ClientBootstrap(group: eventLoop)
            .connectTimeout(handshakeTimeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let negotiated = try channel.pipeline.syncOperations.configureUpgradableHTTPClientPipeline(
                        configuration: .init(upgradeConfiguration: Self.upgradeConfiguration(head, handler: handler))
                    )
                    let deadline = channel.eventLoop.scheduleTask(in: handshakeTimeout) {
                        channel.close(promise: nil)
                    }
                    negotiated.whenComplete { _ in deadline.cancel() }
                    negotiated.cascade(to: upgraded)
                }
            }
            .connect(host: endpoint.host, port: endpoint.port)
        connected.whenFailure { upgraded.fail($0) }
        return upgraded.futureResult.flatMapThrowing { result in
            switch result {
            case .upgraded(let channel): return channel
            case .refused: throw UpgradeRefused()
            }
        }
    }

    private func upgradeRequest(id: ChargePointID, password: String) -> HTTPRequestHead {
        let credentials = Data("\(id.rawValue):\(password)".utf8).base64EncodedString()
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: endpoint.hostHeader)
        headers.add(name: "Authorization", value: "Basic \(credentials)")
        headers.add(name: "Sec-WebSocket-Protocol", value: "ocpp1.6")
        headers.add(name: "Content-Length", value: "0")
        return HTTPRequestHead(version: .http1_1, method: .GET, uri: endpoint.path(for: id), headers: headers)
    }

    private static func upgradeConfiguration(
        _ head: HTTPRequestHead, handler: NIOLoopBound<StationFrameHandler>
    ) -> NIOTypedHTTPClientUpgradeConfiguration<UpgradeResult> {
        let upgrader = NIOTypedWebSocketClientUpgrader<UpgradeResult>(
            maxFrameSize: maximumMessageSize,
            upgradePipelineHandler: { channel, response in
                channel.eventLoop.makeCompletedFuture {
                    let protocols = response.headers[canonicalForm: "Sec-WebSocket-Protocol"]
                    guard protocols.contains("ocpp1.6") else {
                        channel.close(promise: nil)
                        return .refused
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        NIOWebSocketFrameAggregator(
                            minNonFinalFragmentSize: 0,
                            maxAccumulatedFrameCount: 256,
                            maxAccumulatedFrameSize: maximumMessageSize
                        )
                    )
                    try channel.pipeline.syncOperations.addHandler(handler.value)
                    return .upgraded(channel)
                }
            }
        )
        return NIOTypedHTTPClientUpgradeConfiguration(
            upgradeRequestHead: head,
            upgraders: [upgrader],
            notUpgradingCompletionHandler: { channel in
                channel.eventLoop.makeCompletedFuture {
                    channel.close(promise: nil)
                    return .refused
                }
            }
        )
    }
}
