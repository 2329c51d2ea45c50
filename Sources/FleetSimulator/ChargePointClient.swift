import NIOCore
import NIOWebSocket
import OCPP

/// Runs one simulated charge point: performs its `StationSimulation`'s actions over a WebSocket and feeds it events.
///
/// No rules here. One task per station; while connected, a child task reads frames. Frames, closes and timer
/// wake-ups meet in one `AsyncStream`, so the simulation sees one event at a time. Latency is measured from just
/// before a CALL's write to the moment the reader received its answer.
struct ChargePointClient: Sendable {
    /// What wakes the station's task.
    enum Event: Sendable {
        case frame(connection: Int, WebSocketFrame, receivedAt: ContinuousClock.Instant)
        case closed(connection: Int)
        case timerFired
    }

    let password: String
    let dialer: WebSocketDialer
    let eventLoop: any EventLoop
    let recorder: StatisticsRecorder
    let acknowledgementLog: AcknowledgementLog?
    /// Offset zero of the simulation's time.
    let simulationStart: ContinuousClock.Instant

    /// Runs the station until its simulation stops or the task is cancelled.
    func run(_ initial: StationSimulation) async {
        var station = Station(simulation: initial, client: self)
        await station.run()
    }

    /// The current offset from the simulation's start.
    var now: Duration { ContinuousClock.now - simulationStart }
}

extension ChargePointClient {
    /// The mutable side of a running client: the simulation, the event stream and the CALL being timed.
    struct Station {
        var simulation: StationSimulation
        let client: ChargePointClient
        let continuation: AsyncStream<Event>.Continuation
        var events: AsyncStream<Event>.Iterator
        var timer: WakeUpTimer
        var connectionNumber = 0
        var hasAttemptedConnection = false
        /// When the write of the outstanding CALL began.
        var writtenAt: ContinuousClock.Instant?

        init(simulation: StationSimulation, client: ChargePointClient) {
            self.simulation = simulation
            self.client = client
            let (stream, continuation) = AsyncStream.makeStream(of: Event.self)
            self.continuation = continuation
            events = stream.makeAsyncIterator()
            timer = WakeUpTimer(eventLoop: client.eventLoop, continuation: continuation)
        }

        mutating func run() async {
            defer {
                timer.cancel()
                continuation.finish()
            }
            var actions = simulation.timeReached(client.now)
            while true {
                var afterConnection: [StationSimulation.Action]?
                for action in actions {
                    if case .connect = action {
                        afterConnection = await connectAndServe()
                    } else {
                        record(action, receivedAt: nil)
                    }
                }
                if let afterConnection {
                    actions = afterConnection
                    continue
                }
                if simulation.isStopped { return }
                timer.schedule(at: simulation.nextWakeUp, now: client.now)
                guard let event = await events.next() else { return }
                if case .timerFired = event {
                    timer.fired()
                    actions = simulation.timeReached(client.now)
                } else {
                    actions = []
                }
            }
        }

        /// Connects, serves the connection until it closes, and returns what the simulation does next.
        private mutating func connectAndServe() async -> [StationSimulation.Action] {
            let connection: WebSocketDialer.Connection
            do {
                connection = try await client.dialer.connect(
                    id: simulation.id,
                    password: client.password,
                    on: client.eventLoop
                )
            } catch {
                client.recorder.connectionFailed()
                noteFirstAttempt()
                return simulation.connectionFailed(at: client.now)
            }
            client.recorder.connectionOpened()
            noteFirstAttempt()
            connectionNumber += 1
            let number = connectionNumber
            do {
                try await connection.executeThenClose { inbound, outbound in
                    await withTaskGroup(of: Void.self) { group in
                        group.addTask { [continuation] in
                            do {
                                for try await frame in inbound {
                                    continuation.yield(.frame(connection: number, frame, receivedAt: .now))
                                }
                            } catch {
                                // The connection failed; the close below tells the station.
                            }
                            continuation.yield(.closed(connection: number))
                        }
                        await serve(connection: number, outbound: outbound)
                        group.cancelAll()
                    }
                }
            } catch {
                // Closing a connection that already failed; it is gone either way.
            }
            client.recorder.connectionClosed()
            return simulation.connectionClosed(at: client.now)
        }

        private mutating func noteFirstAttempt() {
            guard !hasAttemptedConnection else { return }
            hasAttemptedConnection = true
            client.recorder.firstConnectionAttemptEnded(at: .now)
        }
    }
}
