import NIOCore
import NIOWebSocket
import OCPP

extension ChargePointClient.Station {
    /// What a frame from the central system leads to.
    private enum Reaction {
        case perform([StationSimulation.Action])
        case close
    }

    /// Serves one open connection until it closes, either side, or the task is cancelled.
    mutating func serve(connection number: Int, outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>) async {
        var actions = simulation.connectionOpened(at: client.now)
        var receivedAt: ContinuousClock.Instant?
        while await perform(actions, receivedAt: receivedAt, outbound: outbound) {
            timer.schedule(at: simulation.nextWakeUp, now: client.now)
            guard let event = await events.next() else { return }
            receivedAt = nil
            switch event {
            case .timerFired:
                timer.fired()
                actions = simulation.timeReached(client.now)
            case .closed(let connection):
                if connection == number { return }
                actions = []
            case .frame(let connection, let frame, let arrival):
                guard connection == number else {
                    actions = []
                    continue
                }
                receivedAt = arrival
                switch await react(to: frame, outbound: outbound) {
                case .perform(let reaction): actions = reaction
                case .close: return
                }
            }
        }
    }

    /// Performs `actions` on the open connection; false once the connection is over.
    private mutating func perform(
        _ actions: [StationSimulation.Action],
        receivedAt: ContinuousClock.Instant?,
        outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>
    ) async -> Bool {
        var isOpen = true
        for action in actions {
            switch action {
            case .send(let frame):
                guard isOpen else { continue }
                if case .call(let call) = frame {
                    writtenAt = .now
                    client.recorder.callSent(action: call.action)
                }
                isOpen = await write(.text, ByteBuffer(string: frame.encoded()), to: outbound)
            case .disconnect:
                var code = ByteBuffer()
                code.write(webSocketErrorCode: .normalClosure)
                if isOpen { _ = await write(.connectionClose, code, to: outbound) }
                isOpen = false
            case .connect, .complete, .acknowledge:
                record(action, receivedAt: receivedAt)
            }
        }
        return isOpen
    }

    /// Counts a finished CALL or logs an acknowledgement; the other actions need a connection.
    mutating func record(_ action: StationSimulation.Action, receivedAt: ContinuousClock.Instant?) {
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
            client.recorder.callEnded(outcome, latency: latency)
        case .acknowledge(let record):
            client.acknowledgementLog?.append(record)
        case .connect, .send, .disconnect:
            return
        }
    }

    private mutating func react(
        to frame: WebSocketFrame,
        outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>
    ) async -> Reaction {
        switch frame.opcode {
        case .text:
            switch Frame.decode(bytes: Array(frame.unmaskedData.readableBytesView)) {
            case .success(let decoded): return .perform(simulation.frameReceived(decoded, at: client.now))
            case .failure(let error): return .perform([.send(.callError(error))])
            }
        case .ping:
            return await write(.pong, frame.unmaskedData, to: outbound) ? .perform([]) : .close
        case .connectionClose:
            _ = await write(.connectionClose, frame.unmaskedData, to: outbound)
            return .close
        default:
            return .perform([])
        }
    }

    /// Writes one masked frame, as a client must (RFC 6455, 5.3); false when the connection is gone.
    private func write(
        _ opcode: WebSocketOpcode,
        _ data: ByteBuffer,
        to outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>
    ) async -> Bool {
        do {
            try await outbound.write(WebSocketFrame(fin: true, opcode: opcode, maskKey: .random(), data: data))
            return true
        } catch {
            return false
        }
    }
}
