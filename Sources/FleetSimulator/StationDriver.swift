import NIOCore
import NIOWebSocket
import OCPP

/// Runs one simulated charge point on its event loop: performs its `StationSimulation`'s actions over a WebSocket
/// and feeds it frames, closes and timer wake-ups. No rules here.
///
/// Everything happens on the station's event loop, so a message costs no hop between threads: the timer fires, the
/// CALL is written, the answer is read and the next wake-up is planned on one thread. Latency is measured from just
/// before a CALL's write to the read of its answer.
final class StationDriver: WakeUpTarget, @unchecked Sendable {
    // Sendable proof: every stored `var` is read and written only on `eventLoop`. The entry points (`start`, `stop`)
    // hop onto it; the frame handler and every future callback already run there; `assertOnLoop()` checks it.
    private let eventLoop: any EventLoop
    private let timer: WakeUpTimer
    private let password: String
    private let dialer: WebSocketDialer
    private let recorder: StatisticsRecorder
    private let acknowledgementLog: AcknowledgementLog?
    /// Offset zero of the simulation's time.
    private let simulationStart: ContinuousClock.Instant
    private let finished: EventLoopPromise<Void>

    private var simulation: StationSimulation
    /// The open connection; nil while offline, connecting, or once a disconnect was asked for.
    private var channel: (any Channel)?
    /// Numbers connections, so that frames and closes of an older connection are ignored.
    private var connectionNumber = 0
    private var hasAttemptedConnection = false
    /// The earliest wake-up planned and not yet fired. Later ones may still be pending: a wake-up is never
    /// cancelled, so a stale one fires and finds nothing due.
    private var wakeUpAt: Duration?
    /// How late the wake-up being handled came against its plan; nil outside a wake-up.
    private var wakeUpLag: Duration?
    /// How late the outstanding CALL was written against its plan; nil for one sent in answer to a frame.
    private var sendLag: Duration?
    /// When the write of the outstanding CALL began.
    private var writtenAt: ContinuousClock.Instant?
    private var isFinished = false

    init(
        simulation: StationSimulation, password: String, dialer: WebSocketDialer, timer: WakeUpTimer,
        eventLoop: any EventLoop, recorder: StatisticsRecorder, acknowledgementLog: AcknowledgementLog?,
        simulationStart: ContinuousClock.Instant
    ) {
        self.simulation = simulation
        self.password = password
        self.dialer = dialer
        self.eventLoop = eventLoop
        self.timer = timer
        self.recorder = recorder
        self.acknowledgementLog = acknowledgementLog
        self.simulationStart = simulationStart
        finished = eventLoop.makePromise()
    }

    /// Completes when the station stopped for good.
    var done: EventLoopFuture<Void> { finished.futureResult }

    /// Starts the station: it connects when its simulation says so.
    func start() {
        eventLoop.execute { self.perform(self.simulation.timeReached(self.now)) }
    }

    /// Ends the station early (the run was cancelled): closes its connection and completes `done`.
    func stop() {
        eventLoop.execute {
            self.channel?.close(promise: nil)
            self.channel = nil
            self.finish()
        }
    }

    /// The current offset from the simulation's start.
    private var now: Duration { ContinuousClock.now - simulationStart }

    private func assertOnLoop() { eventLoop.assertInEventLoop() }

    /// Performs `actions`, then plans the next wake-up or completes `done` when the station stopped.
    private func perform(_ actions: [StationSimulation.Action], receivedAt: ContinuousClock.Instant? = nil) {
        assertOnLoop()
        var wrote = false
        for action in actions {
            switch action {
            case .connect:
                connect()
            case .send(let frame):
                guard let channel else { continue }
                if case .call(let call) = frame {
                    writtenAt = .now
                    sendLag = wakeUpLag
                    recorder.callSent(action: call.action)
                }
                write(.text, channel.allocator.buffer(string: frame.encoded()), on: channel)
                wrote = true
            case .disconnect:
                guard let channel else { continue }
                var code = channel.allocator.buffer(capacity: 2)
                code.write(webSocketErrorCode: .normalClosure)
                write(.connectionClose, code, on: channel)
                channel.flush()
                channel.close(promise: nil)
                self.channel = nil
                wrote = false
            case .complete, .acknowledge:
                record(action, receivedAt: receivedAt)
            }
        }
        if wrote { channel?.flush() }
        if simulation.isStopped {
            finish()
            return
        }
        scheduleWakeUp()
    }

    private func finish() {
        guard !isFinished else { return }
        isFinished = true
        finished.succeed()
    }

    /// Plans the wake-up the simulation asks for, unless one as early is pending. At least 1 ms away, so a
    /// simulation that asks for a time already passed cannot spin.
    private func scheduleWakeUp() {
        guard let next = simulation.nextWakeUp else { return }
        if let wakeUpAt, wakeUpAt <= next { return }
        wakeUpAt = next
        let delay = max(next - now, .milliseconds(1))
        timer.schedule(self, at: eventLoop.now + .nanoseconds(delay.nanoseconds), requested: next)
    }

    /// A wake-up planned for simulation time `requested` is due (from `WakeUpTimer`, on the event loop).
    func wakeUp(requested: Duration) {
        assertOnLoop()
        guard !isFinished else { return }
        if wakeUpAt == requested { wakeUpAt = nil }
        let reached = now
        wakeUpLag = max(.zero, reached - requested)
        perform(simulation.timeReached(reached))
        wakeUpLag = nil
    }

    private func connect() {
        connectionNumber += 1
        let number = connectionNumber
        let handler = StationFrameHandler(driver: self, connection: number)
        dialer.connect(id: simulation.id, password: password, on: eventLoop, frameHandler: handler)
            .whenComplete { result in
                self.noteFirstAttempt()
                switch result {
                case .success(let channel) where channel.isActive:
                    self.recorder.connectionOpened()
                    self.channel = channel
                    self.perform(self.simulation.connectionOpened(at: self.now))
                case .success, .failure:
                    self.recorder.connectionFailed()
                    self.perform(self.simulation.connectionFailed(at: self.now))
                }
            }
    }

    private func noteFirstAttempt() {
        guard !hasAttemptedConnection else { return }
        hasAttemptedConnection = true
        recorder.firstConnectionAttemptEnded(at: .now)
    }

    /// A frame arrived on connection `number` (from `StationFrameHandler`, on the event loop).
    func frameArrived(_ frame: WebSocketFrame, connection number: Int, at arrival: ContinuousClock.Instant) {
        assertOnLoop()
        guard number == connectionNumber, let channel else { return }
        switch frame.opcode {
        case .text:
            switch Frame.decode(bytes: Array(frame.unmaskedData.readableBytesView)) {
            case .success(let decoded): perform(simulation.frameReceived(decoded, at: now), receivedAt: arrival)
            case .failure(let error): perform([.send(.callError(error))])
            }
        case .ping:
            write(.pong, frame.unmaskedData, on: channel)
            channel.flush()
        case .connectionClose:
            write(.connectionClose, frame.unmaskedData, on: channel)
            channel.flush()
            channel.close(promise: nil)
        default:
            break
        }
    }

    /// Connection `number` closed, either side (from `StationFrameHandler`, on the event loop).
    func connectionClosed(_ number: Int) {
        assertOnLoop()
        // A close before the connect completed is the connect's failure; `connect` reports it.
        guard number == connectionNumber, !isFinished, simulation.link != .connecting else { return }
        connectionNumber += 1
        channel = nil
        recorder.connectionClosed()
        perform(simulation.connectionClosed(at: now))
    }

    /// Counts a finished CALL or logs an acknowledgement; the other actions need a connection.
    private func record(_ action: StationSimulation.Action, receivedAt: ContinuousClock.Instant?) {
        switch action {
        case .complete(let outcome):
            var latency: Duration?
            switch outcome.kind {
            case .answered, .refused:
                if let receivedAt, let writtenAt { latency = receivedAt - writtenAt }
            case .timedOut, .lost:
                break
            }
            writtenAt = nil
            recorder.callEnded(outcome, latency: latency, sendLag: sendLag)
            sendLag = nil
        case .acknowledge(let record):
            acknowledgementLog?.append(record)
        case .connect, .send, .disconnect:
            return
        }
    }

    /// Writes one masked frame, as a client must (RFC 6455, 5.3); the caller flushes.
    private func write(_ opcode: WebSocketOpcode, _ data: ByteBuffer, on channel: any Channel) {
        channel.write(WebSocketFrame(fin: true, opcode: opcode, maskKey: .random(), data: data), promise: nil)
    }
}
