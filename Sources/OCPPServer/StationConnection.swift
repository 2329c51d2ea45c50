import Foundation
import Logging
import NIOCore
import NIOWebSocket
import OCPP
import Synchronization

/// One charge point's live WebSocket connection, through which the backend sends calls to the station.
///
/// Sendable: any task may call `send`. Calls take turns (OCPP-J allows one outstanding CALL per direction):
/// a call waits in a FIFO queue until the previous one was answered, timed out or gave up. When the
/// connection closes, every pending and queued call fails with `StationCallError.Code.disconnected`.
package final class StationConnection: Sendable {
    private typealias Waiter = CheckedContinuation<Void, any Error>
    private typealias AnswerSink = AsyncThrowingStream<Frame, any Error>.Continuation

    /// The charge point identity from the connection URL.
    package let stationID: String
    /// Grows by one with every upgraded connection; a replacing connection has a larger one.
    package let generation: UInt64
    /// The peer's address as `ip:port`, when known.
    package let remoteAddress: String?

    private let channel: any Channel
    private let handler: any StationSessionHandler
    private let logger: Logger
    private let calls = Mutex(OutgoingCallQueue<Waiter, AnswerSink>())
    private let ended: EventLoopPromise<Void>

    /// How a closing connection fails its queued and pending calls; mapped to `StationCallError` per call.
    private struct Closed: Error {
        let reason: CloseReason
    }

    init(
        stationID: String,
        generation: UInt64,
        remoteAddress: String?,
        channel: any Channel,
        handler: any StationSessionHandler,
        logger: Logger
    ) {
        self.stationID = stationID
        self.generation = generation
        self.remoteAddress = remoteAddress
        self.channel = channel
        self.handler = handler
        self.logger = logger
        self.ended = channel.eventLoop.makePromise(of: Void.self)
    }

    /// Sends a CALL with a fresh UUID message id and returns the station's CALLRESULT or CALLERROR.
    ///
    /// - Parameter timeout: How long to wait for the answer once the CALL is written; time spent queued
    ///   behind earlier calls does not count.
    /// - Throws: `StationCallError` on timeout or disconnection, `CancellationError` if the task is cancelled.
    package func send(action: String, payload: JSONValue, timeout: Duration) async throws -> Frame {
        try await send(Call(messageID: UUID().uuidString, action: action, payload: payload), timeout: timeout)
    }

    /// Sends `call` and returns the station's CALLRESULT or CALLERROR; `call.messageID` must be unique.
    ///
    /// - Parameter timeout: How long to wait for the answer once the CALL is written; time spent queued
    ///   behind earlier calls does not count.
    /// - Throws: `StationCallError` on timeout or disconnection, `CancellationError` if the task is cancelled.
    package func send(_ call: Call, timeout: Duration) async throws -> Frame {
        do {
            return try await takeTurnAndSend(call, timeout: timeout)
        } catch let closed as Closed {
            throw failure(.disconnected, call, closed.reason)
        }
    }

    private func takeTurnAndSend(_ call: Call, timeout: Duration) async throws -> Frame {
        try await takeTurn()
        defer { calls.withLock { $0.turnReleased() }?.resume() }

        let (answers, sink) = AsyncThrowingStream<Frame, any Error>.makeStream()
        if let reason = calls.withLock({ $0.answerAwaited(messageID: call.messageID, sink: sink) }) {
            throw Closed(reason: reason)
        }
        defer { calls.withLock { $0.answerAbandoned(messageID: call.messageID) } }

        do {
            let written = channel.eventLoop.makePromise(of: Void.self)
            write(.call(call), promise: written)
            try await written.futureResult.get()
        } catch {
            throw Closed(reason: calls.withLock { $0.closeReason } ?? .connectionLost)
        }
        return try await withThrowingTaskGroup(of: Frame.self) { group in
            group.addTask {
                for try await answer in answers { return answer }
                throw CancellationError()
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                self.logger.debug(
                    "Station did not answer in time",
                    metadata: [LogMetadataKey.messageID: "\(call.messageID)", LogMetadataKey.action: "\(call.action)"]
                )
                throw self.failure(.timedOut, call, nil)
            }
            defer { group.cancelAll() }
            guard let answer = try await group.next() else { throw CancellationError() }
            return answer
        }
    }

    /// Waits until the caller holds the turn; throws if the connection closed or the task was cancelled.
    private func takeTurn() async throws {
        let id = calls.withLock { $0.makeWaiterID() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: Waiter) in
                switch calls.withLock({ $0.turnRequested(by: continuation, id: id, isCancelled: Task.isCancelled) }) {
                case .proceed(let waiter): waiter.resume()
                case .wait: break
                case .fail(let waiter, let reason): waiter.resume(throwing: Closed(reason: reason))
                case .cancel(let waiter): waiter.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            calls.withLock { $0.cancelWaiter(id) }?.resume(throwing: CancellationError())
        }
    }

    private func failure(_ code: StationCallError.Code, _ call: Call, _ reason: CloseReason?) -> StationCallError {
        StationCallError(
            code: code,
            stationID: stationID,
            action: call.action,
            messageID: call.messageID,
            closeReason: reason
        )
    }
}

extension StationConnection {
    /// Journals `frame` and writes it as a text frame, from any thread.
    func write(_ frame: Frame, promise: EventLoopPromise<Void>?) {
        let text = frame.encoded()
        handler.frameJournaled(FrameRecord(direction: .outgoing, text: text, time: Date()), on: self)
        let data = channel.allocator.buffer(string: text)
        channel.writeAndFlush(WebSocketFrame(fin: true, opcode: .text, data: data), promise: promise)
    }

    /// Why the connection closed, or nil while it is open.
    var closeReason: CloseReason? {
        calls.withLock { $0.closeReason }
    }

    /// Hands a CALLRESULT or CALLERROR to the call waiting for it; false when none waits for its id.
    func answerArrived(_ frame: Frame) -> Bool {
        guard let sink = calls.withLock({ $0.answerArrived(messageID: frame.messageID) }) else { return false }
        sink.yield(frame)
        sink.finish()
        return true
    }

    /// Marks the connection closed and fails every pending call; returns the reason that stuck (the first).
    @discardableResult
    func markClosed(_ reason: CloseReason) -> CloseReason {
        let (waiters, sink, effective) = calls.withLock { state in
            let (waiters, sink) = state.closed(reason)
            return (waiters, sink, state.closeReason ?? reason)
        }
        for waiter in waiters { waiter.resume(throwing: Closed(reason: effective)) }
        sink?.finish(throwing: Closed(reason: effective))
        return effective
    }

    /// Closes the connection because the server shuts down (close code 1001), unless it is closing already.
    func shutDown() {
        guard markClosed(.serverShutdown) == .serverShutdown else { return }
        closeChannel(code: .goingAway, reason: "The central system is shutting down.")
    }

    /// Writes a close frame, then closes the socket; from any thread.
    func closeChannel(code: WebSocketErrorCode, reason: String) {
        var data = ByteBuffer()
        data.write(webSocketErrorCode: code)
        data.writeString(reason)
        let channel = self.channel
        channel.writeAndFlush(WebSocketFrame(fin: true, opcode: .connectionClose, data: data)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    /// Called once the backend's `sessionClosed` returned; wakes `waitUntilSessionEnded()`.
    func sessionEnded() {
        ended.succeed()
    }

    /// Returns once `sessionEnded()` was called.
    func waitUntilSessionEnded() async {
        // `ended` is only ever succeeded, so no error can be lost here.
        _ = try? await ended.futureResult.get()
    }
}
