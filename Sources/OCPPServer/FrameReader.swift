import Foundation
import Logging
import NIOCore
import NIOWebSocket
import OCPP

/// Reads one connection's frames: paces them, decodes text, answers pings, and says why reading ended.
///
/// Pacing is backpressure: while the reader waits for a token it does not pull from the inbound stream,
/// so NIO stops reading the socket once its small buffer is full and TCP slows the station down.
struct FrameReader {
    let connection: StationConnection
    let outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>
    /// Where incoming CALLs go, to be answered in order by the call worker.
    let calls: AsyncStream<Call>.Continuation
    let handler: any StationSessionHandler
    let configuration: OCPPServerConfiguration
    let logger: Logger
    private var throttle: MessageThrottle

    init(
        connection: StationConnection,
        outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>,
        calls: AsyncStream<Call>.Continuation,
        handler: any StationSessionHandler,
        configuration: OCPPServerConfiguration,
        logger: Logger
    ) {
        self.connection = connection
        self.outbound = outbound
        self.calls = calls
        self.handler = handler
        self.configuration = configuration
        self.logger = logger
        self.throttle = MessageThrottle(
            rate: configuration.messagesPerSecond,
            burst: configuration.messageBurst,
            now: .now
        )
    }

    /// Reads until the station closes, the connection fails or is closed by the server; returns why.
    mutating func read(_ inbound: NIOAsyncChannelInboundStream<WebSocketFrame>) async -> CloseReason {
        do {
            for try await frame in inbound {
                if let reason = connection.closeReason { return reason }
                try await pace()
                if let reason = try await handle(frame) { return reason }
            }
            return Task.isCancelled ? .serverShutdown : .connectionLost
        } catch {
            return closeReason(for: error)
        }
    }

    /// Waits for a token when the station sends faster than the configured rate.
    private mutating func pace() async throws {
        guard case .wait(let delay, let startsEpisode) = throttle.frameArrived(at: .now) else { return }
        if startsEpisode {
            logger.warning(
                "Station sends faster than the rate limit; reading from it slows down",
                metadata: [
                    LogMetadataKey.rateLimit: "\(configuration.messagesPerSecond)/s",
                    LogMetadataKey.burstLimit: "\(configuration.messageBurst)",
                ]
            )
        }
        try await Task.sleep(for: delay)
    }

    /// Handles one frame; non-nil when the session must end.
    private func handle(_ frame: WebSocketFrame) async throws -> CloseReason? {
        switch frame.opcode {
        case .text:
            try await received(Array(frame.unmaskedData.readableBytesView))
            return nil
        case .ping:
            try await outbound.write(WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData))
            return nil
        case .pong:
            return nil
        case .connectionClose:
            var data = frame.unmaskedData
            return .closedByStation(code: data.readInteger(as: UInt16.self))
        case .binary:
            logger.warning("Station sent a binary frame; OCPP-J allows text frames only. Closing with 1003")
            return .unsupportedData
        default:
            logger.warning("Station sent a frame with an unknown opcode. Closing with 1002")
            return .protocolViolation
        }
    }

    /// Journals and decodes one text frame, then passes it on or answers its decoding error.
    private func received(_ bytes: [UInt8]) async throws {
        let text = String(decoding: bytes, as: UTF8.self)
        handler.frameJournaled(FrameRecord(direction: .incoming, text: text, time: Date()), on: connection)
        switch Frame.decode(bytes: bytes) {
        case .success(.call(let call)):
            logger.trace(
                "CALL received",
                metadata: [LogMetadataKey.messageID: "\(call.messageID)", LogMetadataKey.action: "\(call.action)"]
            )
            calls.yield(call)
        case .success(let answer):
            logger.trace("Answer received", metadata: [LogMetadataKey.messageID: "\(answer.messageID)"])
            if !connection.answerArrived(answer) {
                logger.debug(
                    "Answer to no pending call dropped (late or unknown)",
                    metadata: [LogMetadataKey.messageID: "\(answer.messageID)"]
                )
            }
        case .failure(let callError):
            logger.debug(
                "Undecodable frame answered with a CALLERROR",
                metadata: [
                    LogMetadataKey.errorCode: "\(callError.code.rawValue)",
                    LogMetadataKey.errorDescription: "\(callError.description)",
                ]
            )
            handler.frameRefused(callError, on: connection)
            try await connection.write(.callError(callError))
        }
    }

    /// Why reading failed, for the close frame and the backend.
    private func closeReason(for error: any Error) -> CloseReason {
        if error is CancellationError { return .serverShutdown }
        if let reason = connection.closeReason { return reason }
        let reason: CloseReason
        switch error {
        case NIOWebSocketError.invalidFrameLength, NIOWebSocketFrameAggregator.Error.accumulatedFrameSizeIsTooLarge,
            NIOWebSocketFrameAggregator.Error.tooManyFragments:
            reason = .messageTooLarge
        case is NIOWebSocketError, is NIOWebSocketFrameAggregator.Error:
            reason = .protocolViolation
        default:
            logger.debug("Connection failed", metadata: [LogMetadataKey.error: "\(error)"])
            return .connectionLost
        }
        logger.warning(
            "Station broke a WebSocket limit or rule; closing",
            metadata: [LogMetadataKey.closeReason: "\(reason)"]
        )
        return reason
    }
}
