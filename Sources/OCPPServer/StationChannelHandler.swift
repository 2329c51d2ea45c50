import Foundation
import Logging
import NIOCore
import NIOWebSocket
import OCPP

/// Serves one upgraded charge-point connection on its event loop: paces and decodes frames, answers pings, routes
/// answers to pending outgoing calls, and hands incoming CALLs to the backend one at a time, in arrival order.
///
/// Everything here runs on the channel's event loop, so a station's message crosses no thread before the backend
/// takes it. Reading pauses, and TCP pushes back on the station, while a frame waits for the rate limit or CALLs
/// queue behind one the backend is still answering; no other connection waits.
final class StationChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = WebSocketFrame
    typealias OutboundIn = WebSocketFrame
    typealias OutboundOut = WebSocketFrame

    /// How many CALLs may wait behind the one being answered before reading pauses.
    static let maximumQueuedCalls = 8

    let connection: StationConnection
    private let handler: any StationSessionHandler
    private let configuration: OCPPServerConfiguration
    private let logger: Logger
    private let eventLoop: any EventLoop
    private let ended: EventLoopPromise<CloseReason>
    private var context: ChannelHandlerContext?
    private var throttle: MessageThrottle

    /// Frames read from the socket and not yet handled, because the first waits for the rate limit.
    private var unhandledFrames = CircularBuffer<WebSocketFrame>()
    /// Whether the first unhandled frame already took its token from the throttle.
    private var firstFrameIsAdmitted = false
    private var isPacing = false
    private var queuedCalls = CircularBuffer<Call>()
    /// The CALL the backend is answering, if any, with its number; every dispatched CALL gets the next number.
    private var callInFlight: (number: UInt64, call: Call)?
    private var lastCallNumber: UInt64 = 0
    /// Set once the backend's `sessionOpened` returned; CALLs wait until then.
    private var isStarted = false
    private var isReadPending = false
    private var isInactive = false
    private var hasEnded = false

    init(
        connection: StationConnection,
        handler: any StationSessionHandler,
        configuration: OCPPServerConfiguration,
        logger: Logger,
        eventLoop: any EventLoop
    ) {
        self.connection = connection
        self.handler = handler
        self.configuration = configuration
        self.logger = logger
        self.eventLoop = eventLoop
        self.ended = eventLoop.makePromise()
        self.throttle = MessageThrottle(
            rate: configuration.messagesPerSecond,
            burst: configuration.messageBurst,
            now: .now
        )
    }

    /// Succeeds with the reason that stuck once the connection closed and no CALL is being answered.
    var sessionEnded: EventLoopFuture<CloseReason> { ended.futureResult }

    /// Lets CALLs through to the backend; called once its `sessionOpened` returned.
    func start() {
        isStarted = true
        dispatchNextCall()
        resumeReadingIfAllowed()
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard connection.closeReason == nil else { return }
        unhandledFrames.append(unwrapInboundIn(data))
        handleFrames()
    }

    func channelInactive(context: ChannelHandlerContext) {
        isInactive = true
        connection.markClosed(.connectionLost)
        unhandledFrames.removeAll()
        queuedCalls.removeAll()
        endIfDrained()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let reason: CloseReason
        switch error {
        case NIOWebSocketError.invalidFrameLength, NIOWebSocketFrameAggregator.Error.accumulatedFrameSizeIsTooLarge,
            NIOWebSocketFrameAggregator.Error.tooManyFragments:
            reason = .messageTooLarge
        case is NIOWebSocketError, is NIOWebSocketFrameAggregator.Error:
            reason = .protocolViolation
        default:
            logger.debug("Connection failed", metadata: [LogMetadataKey.error: "\(error)"])
            context.close(promise: nil)
            return
        }
        logger.warning(
            "Station broke a WebSocket limit or rule; closing", metadata: [LogMetadataKey.closeReason: "\(reason)"])
        end(reason)
    }

    /// Holds back the socket's next read while frames or CALLs are waiting.
    func read(context: ChannelHandlerContext) {
        if mustPauseReading {
            isReadPending = true
        } else {
            context.read()
        }
    }

    /// The backend answered CALL number `number`: writes the answer and lets the next CALL through.
    func answered(_ answer: Frame, toCallNumber number: UInt64) {
        guard let (inFlight, call) = callInFlight, inFlight == number else {
            logger.error("The backend answered a CALL twice; the second answer is dropped")
            return
        }
        callInFlight = nil
        if connection.closeReason == nil {
            connection.write(checked(answer, answering: call), promise: nil)
        }
        if isInactive {
            endIfDrained()
        } else {
            dispatchNextCall()
            resumeReadingIfAllowed()
        }
    }

    // MARK: - Reading

    private var mustPauseReading: Bool {
        !unhandledFrames.isEmpty || queuedCalls.count >= Self.maximumQueuedCalls
    }

    private func resumeReadingIfAllowed() {
        guard isReadPending, !mustPauseReading, let context else { return }
        isReadPending = false
        context.read()
    }

    /// Handles the waiting frames in order, until one must wait for the rate limit.
    private func handleFrames() {
        while !isPacing, let frame = unhandledFrames.first {
            if !firstFrameIsAdmitted, case .wait(let delay, let startsEpisode) = throttle.frameArrived(at: .now) {
                pace(for: delay, startsEpisode: startsEpisode)
                return
            }
            firstFrameIsAdmitted = false
            unhandledFrames.removeFirst()
            handle(frame)
            guard connection.closeReason == nil else {
                unhandledFrames.removeAll()
                return
            }
        }
        resumeReadingIfAllowed()
    }

    /// Stops handling frames for `delay`; the first waiting frame keeps the token it reserved.
    private func pace(for delay: Duration, startsEpisode: Bool) {
        if startsEpisode {
            logger.warning(
                "Station sends faster than the rate limit; reading from it slows down",
                metadata: [
                    LogMetadataKey.rateLimit: "\(configuration.messagesPerSecond)/s",
                    LogMetadataKey.burstLimit: "\(configuration.messageBurst)",
                ]
            )
        }
        guard let context else { return }
        isPacing = true
        firstFrameIsAdmitted = true
        context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(delay)) {
            self.isPacing = false
            self.handleFrames()
        }
    }

    private func handle(_ frame: WebSocketFrame) {
        switch frame.opcode {
        case .text:
            received(frame.unmaskedData)
        case .ping:
            context?.writeAndFlush(
                wrapOutboundOut(WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData)), promise: nil)
        case .pong:
            break
        case .connectionClose:
            var data = frame.unmaskedData
            end(.closedByStation(code: data.readInteger(as: UInt16.self)))
        case .binary:
            logger.warning("Station sent a binary frame; OCPP-J allows text frames only. Closing with 1003")
            end(.unsupportedData)
        default:
            logger.warning("Station sent a frame with an unknown opcode. Closing with 1002")
            end(.protocolViolation)
        }
    }

    /// Journals and decodes one text frame, then queues a CALL, routes an answer, or refuses the frame.
    private func received(_ data: ByteBuffer) {
        handler.frameJournaled(
            FrameRecord(direction: .incoming, text: String(buffer: data), time: Date()), on: connection)
        switch Frame.decode(bytes: data.readableBytesView) {
        case .success(.call(let call)):
            queuedCalls.append(call)
            dispatchNextCall()
        case .success(let answer):
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
            connection.write(.callError(callError), promise: nil)
        }
    }

    // MARK: - Calls

    private func dispatchNextCall() {
        guard isStarted, callInFlight == nil, let call = queuedCalls.popFirst() else { return }
        lastCallNumber += 1
        callInFlight = (lastCallNumber, call)
        let reply = CallReply(call: call, number: lastCallNumber, session: NIOLoopBound(self, eventLoop: eventLoop))
        handler.callReceived(call, on: connection, reply: reply)
    }

    /// `answer` if it answers `call`, else a CALLERROR `InternalError` for it.
    private func checked(_ answer: Frame, answering call: Call) -> Frame {
        switch answer {
        case .callResult, .callError:
            if answer.messageID == call.messageID { return answer }
        case .call:
            break
        }
        logger.error(
            "The backend answered a CALL with a frame of another kind or message id",
            metadata: [LogMetadataKey.messageID: "\(call.messageID)", LogMetadataKey.action: "\(call.action)"]
        )
        return .callError(
            CallError(messageID: call.messageID, code: .internalError, description: "The central system failed."))
    }

    // MARK: - Ending

    /// Ends the session for a reason seen on the wire: sends the close frame it calls for, then closes.
    private func end(_ reason: CloseReason) {
        unhandledFrames.removeAll()
        queuedCalls.removeAll()
        guard connection.markClosed(reason) == reason else { return }
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
        case .serverShutdown, .connectionLost, .replaced:
            context?.close(promise: nil)
        }
    }

    private func endIfDrained() {
        guard isInactive, callInFlight == nil, !hasEnded else { return }
        hasEnded = true
        ended.succeed(connection.closeReason ?? .connectionLost)
    }

    /// The code to answer a station's close frame with: its own, unless it may not be sent on the wire.
    static func echo(_ code: UInt16?) -> WebSocketErrorCode {
        guard let code, (1000...4999).contains(code), ![1005, 1006, 1015].contains(code) else { return .normalClosure }
        return WebSocketErrorCode(codeNumber: Int(code))
    }
}
