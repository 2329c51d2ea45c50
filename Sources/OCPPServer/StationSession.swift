import Logging
import NIOCore
import NIOWebSocket
import OCPP

/// Serves one upgraded charge-point connection from registration to `sessionClosed`.
///
/// Two tasks share the connection: the reader (the caller's task) reads frames, paces them, answers pings
/// and routes answers to pending outgoing calls; the call worker hands incoming CALLs to the backend one at
/// a time, in arrival order. Outgoing calls sent meanwhile therefore get their answers even while the
/// backend is still busy with a CALL from the station.
struct StationSession {
    let channel: NIOAsyncChannel<WebSocketFrame, WebSocketFrame>
    let handshake: StationHandshake
    let remoteAddress: String?
    let configuration: OCPPServerConfiguration
    let handler: any StationSessionHandler
    let registry: ConnectionRegistry
    let logger: Logger

    /// Runs the session until the station leaves, the connection is replaced, or the task is cancelled.
    func run() async {
        let generation = registry.nextGeneration()
        var logger = self.logger
        logger[metadataKey: LogMetadataKey.station] = "\(handshake.stationID)"
        logger[metadataKey: LogMetadataKey.generation] = "\(generation)"
        do {
            try await channel.executeThenClose { inbound, outbound in
                let connection = StationConnection(
                    stationID: handshake.stationID,
                    generation: generation,
                    remoteAddress: remoteAddress,
                    outbound: outbound,
                    channel: channel.channel,
                    handler: handler,
                    logger: logger
                )
                defer { connection.sessionEnded() }
                await open(connection, logger: logger)
                let reason = await exchangeFrames(
                    inbound: inbound,
                    outbound: outbound,
                    connection: connection,
                    logger: logger
                )
                let effective = connection.markClosed(reason)
                registry.remove(connection)
                close(connection, reason: effective)
                logger.debug("Station disconnected", metadata: [LogMetadataKey.closeReason: "\(effective)"])
                await handler.sessionClosed(connection, reason: effective)
            }
        } catch {
            logger.debug("Closing the connection failed", metadata: [LogMetadataKey.error: "\(error)"])
        }
    }

    /// Registers `connection`, retires the connection it replaces, and tells the backend.
    private func open(_ connection: StationConnection, logger: Logger) async {
        if let previous = registry.register(connection) {
            logger.debug(
                "Replacing the station's previous connection",
                metadata: [LogMetadataKey.replacedGeneration: "\(previous.generation)"]
            )
            previous.markClosed(.replaced)
            previous.closeChannel(code: .normalClosure, reason: "Replaced by a newer connection.")
            await previous.waitUntilSessionEnded()
        }
        logger.debug("Station connected", metadata: [LogMetadataKey.remoteAddress: "\(remoteAddress ?? "unknown")"])
        await handler.sessionOpened(connection)
    }

    /// Reads until the session ends, with the call worker beside it; returns why it ended.
    private func exchangeFrames(
        inbound: NIOAsyncChannelInboundStream<WebSocketFrame>,
        outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>,
        connection: StationConnection,
        logger: Logger
    ) async -> CloseReason {
        let (calls, callSink) = AsyncStream.makeStream(of: Call.self)
        return await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await call in calls {
                    await answer(call, on: connection, logger: logger)
                }
            }
            var reader = FrameReader(
                connection: connection,
                outbound: outbound,
                calls: callSink,
                handler: handler,
                configuration: configuration,
                logger: logger
            )
            let reason = await reader.read(inbound)
            callSink.finish()
            group.cancelAll()
            return reason
        }
    }

    /// Hands one incoming CALL to the backend and writes its answer.
    private func answer(_ call: Call, on connection: StationConnection, logger: Logger) async {
        var reply = await handler.callReceived(call, on: connection)
        let answersCall =
            switch reply {
            case .call: false
            case .callResult, .callError: reply.messageID == call.messageID
            }
        if !answersCall { reply = misanswered(call, logger: logger) }
        do {
            try await connection.write(reply)
        } catch {
            logger.debug(
                "The answer could not be sent; the connection is closing",
                metadata: [LogMetadataKey.messageID: "\(call.messageID)", LogMetadataKey.error: "\(error)"]
            )
        }
    }

    private func misanswered(_ call: Call, logger: Logger) -> Frame {
        logger.error(
            "The backend answered a CALL with a frame of another kind or message id",
            metadata: [LogMetadataKey.messageID: "\(call.messageID)", LogMetadataKey.action: "\(call.action)"]
        )
        return .callError(
            CallError(messageID: call.messageID, code: .internalError, description: "The central system failed.")
        )
    }

    /// Sends the close frame `reason` calls for; the socket closes once it is written.
    private func close(_ connection: StationConnection, reason: CloseReason) {
        switch reason {
        case .closedByStation(let code):
            connection.closeChannel(code: Self.echo(code), reason: "")
        case .messageTooLarge:
            connection.closeChannel(
                code: .messageTooLarge,
                reason: "Messages are limited to \(configuration.maximumMessageSize) bytes."
            )
        case .unsupportedData:
            connection.closeChannel(code: .unacceptableData, reason: "OCPP-J uses text frames only.")
        case .protocolViolation:
            connection.closeChannel(code: .protocolError, reason: "")
        case .serverShutdown:
            connection.closeChannel(code: .goingAway, reason: "The central system is shutting down.")
        case .connectionLost, .replaced:
            break
        }
    }

    /// The code to answer a station's close frame with: its own, unless it may not be sent on the wire.
    static func echo(_ code: UInt16?) -> WebSocketErrorCode {
        guard let code, (1000...4999).contains(code), ![1005, 1006, 1015].contains(code) else { return .normalClosure }
        return WebSocketErrorCode(codeNumber: Int(code))
    }
}
