import NIOCore
import NIOHTTP1
import NIOWebSocket

extension OCPPServer {
    /// A socket the listener accepted, with its handshake still under way.
    struct AcceptedSocket: Sendable {
        let channel: any Channel
        let remoteAddress: String?
        /// Succeeds once the handshake is upgraded or refused; fails if the socket closed before.
        let handshake: EventLoopFuture<HandshakeOutcome>
    }

    /// Sets up an accepted socket's pipeline: HTTP/1.1, then a WebSocket upgrade or a refusal.
    ///
    /// Runs on the socket's event loop. The authenticator runs in a task bound to the socket: it is
    /// cancelled when the socket closes, and the event loop only waits for its answer.
    func configureHandshake(on channel: any Channel) throws -> AcceptedSocket {
        let recorder = HandshakeRecorder()
        let record = NIOLoopBound(recorder, eventLoop: channel.eventLoop)
        let remoteAddress = channel.remoteAddress.flatMap { address in
            address.ipAddress.map { "\($0):\(address.port ?? 0)" }
        }
        let upgrader = NIOTypedWebSocketServerUpgrader<HandshakeOutcome>(
            maxFrameSize: configuration.maximumMessageSize,
            enableAutomaticErrorHandling: false,
            shouldUpgrade: { channel, head in
                self.verdict(on: head, from: remoteAddress, channel: channel).map { verdict in
                    switch verdict {
                    case .success(let handshake):
                        record.value.accepted = handshake
                        return HTTPHeaders([("Sec-WebSocket-Protocol", StationHandshake.subprotocol)])
                    case .failure(let refusal):
                        record.value.refusal = refusal
                        return nil
                    }
                }
            },
            upgradePipelineHandler: { channel, _ in
                channel.eventLoop.makeCompletedFuture {
                    guard let handshake = record.value.accepted else { throw HandshakeRefusal.notWebSocket }
                    try channel.pipeline.syncOperations.addHandler(
                        NIOWebSocketFrameAggregator(
                            minNonFinalFragmentSize: 0,
                            maxAccumulatedFrameCount: Self.maximumFragmentCount,
                            maxAccumulatedFrameSize: self.configuration.maximumMessageSize
                        )
                    )
                    return .upgraded(
                        try self.startSession(handshake, on: channel, remoteAddress: remoteAddress))
                }
            }
        )
        let upgradeConfiguration = NIOTypedHTTPServerUpgradeConfiguration<HandshakeOutcome>(
            upgraders: [upgrader],
            notUpgradingCompletionHandler: { channel in
                channel.eventLoop.makeCompletedFuture {
                    let refusal = record.value.refusalForUnupgradedRequest
                    Self.answer(refusal, on: channel)
                    let stationID = record.value.head.flatMap { try? StationHandshake.stationID(fromURI: $0.uri) }
                    return .refused(refusal, stationID: stationID)
                }
            }
        )

        let encoder = HTTPResponseEncoder()
        let decoder = ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .forwardBytes))
        let errorHandler = HTTPServerProtocolErrorHandler()
        let upgradeHandler = NIOTypedHTTPServerUpgradeHandler(
            httpEncoder: encoder,
            extraHTTPHandlers: [decoder, errorHandler, recorder],
            upgradeConfiguration: upgradeConfiguration
        )
        try channel.pipeline.syncOperations.addHandlers([encoder, decoder, errorHandler, recorder, upgradeHandler])
        return AcceptedSocket(
            channel: channel,
            remoteAddress: remoteAddress,
            handshake: upgradeHandler.upgradeResultFuture
        )
    }

    /// Puts the session's frame handler at the end of an upgraded pipeline; runs on the socket's event loop.
    private func startSession(
        _ handshake: StationHandshake, on channel: any Channel, remoteAddress: String?
    ) throws -> StationSession {
        let generation = registry.nextGeneration()
        var logger = self.logger
        logger[metadataKey: LogMetadataKey.remoteAddress] = "\(remoteAddress ?? "unknown")"
        logger[metadataKey: LogMetadataKey.station] = "\(handshake.stationID)"
        logger[metadataKey: LogMetadataKey.generation] = "\(generation)"
        let connection = StationConnection(
            stationID: handshake.stationID,
            generation: generation,
            remoteAddress: remoteAddress,
            channel: channel,
            handler: handler,
            logger: logger
        )
        let frames = StationChannelHandler(
            connection: connection,
            handler: handler,
            configuration: configuration,
            logger: logger,
            eventLoop: channel.eventLoop
        )
        try channel.pipeline.syncOperations.addHandler(frames)
        return StationSession(
            connection: connection,
            frames: NIOLoopBound(frames, eventLoop: channel.eventLoop),
            ended: frames.sessionEnded,
            handler: handler,
            registry: registry,
            logger: logger
        )
    }

    /// The most fragments one message may arrive in.
    private static let maximumFragmentCount = 64

    /// Checks the request head, then asks the authenticator without blocking the event loop.
    private func verdict(
        on head: HTTPRequestHead,
        from remoteAddress: String?,
        channel: any Channel
    ) -> EventLoopFuture<Result<StationHandshake, HandshakeRefusal>> {
        let handshake: StationHandshake
        do {
            handshake = try StationHandshake(uri: head.uri, headers: head.headers)
        } catch {
            return channel.eventLoop.makeSucceededFuture(.failure(error))
        }
        let request = ConnectionRequest(
            stationID: handshake.stationID,
            password: handshake.password,
            remoteAddress: remoteAddress
        )
        let promise = channel.eventLoop.makePromise(of: ConnectionDecision.self)
        let authentication = promise.completeWithTask { await self.authenticator.authenticate(request) }
        channel.closeFuture.whenComplete { _ in authentication.cancel() }
        return promise.futureResult.map { decision in
            switch decision {
            case .accept: .success(handshake)
            case .reject(let refusal): .failure(HandshakeRefusal(refusal))
            }
        }
    }

    /// Writes `refusal` as an HTTP response, then closes the socket.
    private static func answer(_ refusal: HandshakeRefusal, on channel: any Channel) {
        let (head, body) = refusal.response
        channel.write(HTTPServerResponsePart.head(head), promise: nil)
        channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: body))), promise: nil)
        channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}
