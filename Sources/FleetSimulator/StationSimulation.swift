import Foundation
import OCPP

/// One simulated charge point: its link, boot, heartbeats, connectors and answers to the central system. Pure.
///
/// Events go in (`timeReached`, `connectionOpened`, `frameReceived` …) and actions come out; `StationDriver`
/// performs them. Time is an offset from the simulation's start (`now`); the timestamps on the wire are `epoch` plus
/// that offset. At most one CALL of ours is outstanding (OCPP-J 1.6, 4.1.1): the next waits for the answer or the
/// call timeout. `nextWakeUp` says when time next matters, so the client knows when to call `timeReached`.
package struct StationSimulation: Sendable {
    /// What the client does for the simulation.
    package enum Action: Sendable, Equatable {
        /// Open the WebSocket connection, then report `connectionOpened` or `connectionFailed`.
        case connect
        /// Write this frame.
        case send(Frame)
        /// Close the connection (a close frame, then the socket), then report `connectionClosed`.
        case disconnect
        /// One of our CALLs ended.
        case complete(CallOutcome)
        /// The central system acknowledged a message the acknowledgement log keeps.
        case acknowledge(AcknowledgementRecord)
    }

    /// The state of the WebSocket link.
    package enum Link: Sendable, Equatable {
        /// No connection; the next attempt is due at `reconnectAt`.
        case offline(reconnectAt: Duration)
        case connecting
        case online
        /// A disconnect was asked for; afterwards reconnect at `reconnectAt`, or stop for good when nil.
        case closing(reconnectAt: Duration?)
        /// The simulation ended for this station.
        case stopped
    }

    /// Where the station is with its BootNotification.
    package enum Boot: Sendable, Equatable {
        case required
        case sent
        case retry(at: Duration)
        case accepted
    }

    package let id: ChargePointID
    package let identity: ChargePointIdentity
    package let behaviour: StationBehaviour
    /// The wall-clock time of offset zero.
    package let epoch: Date
    /// When the station stops, as an offset from the simulation's start.
    package let endsAt: Duration
    package internal(set) var link = Link.offline(reconnectAt: .zero)
    package internal(set) var boot = Boot.required
    package internal(set) var connectors: [ConnectorSimulation]
    package internal(set) var configuration: ChargePointConfiguration
    package internal(set) var outstanding: OutstandingCall?
    package internal(set) var heartbeatInterval: Duration
    package internal(set) var nextHeartbeatAt: Duration?
    package internal(set) var nextDisconnectAt: Duration?
    /// Station-level messages waiting for their turn: status reports and triggered messages.
    package internal(set) var outbox: [StationMessage] = []
    /// Set when a Reset was accepted: open transactions stop with this reason, then the station reboots.
    package internal(set) var pendingReset: Reason?
    package internal(set) var localListVersion = 0
    var random: SeededGenerator
    var messageCount = 0
    var failedAttempts = 0
    /// Whether a connection was ever attempted. The first attempt is made even when the station starts only after
    /// `endsAt` (a process starved under load), so that every station a run started is counted.
    var hasTriedToConnect = false

    /// The longest station-level queue; further triggered messages are dropped.
    static let outboxLimit = 20

    package init(
        id: ChargePointID,
        behaviour: StationBehaviour,
        random: SeededGenerator,
        epoch: Date,
        endsAt: Duration
    ) {
        var random = random
        self.id = id
        self.behaviour = behaviour
        self.epoch = epoch
        self.endsAt = endsAt
        identity = ChargePointIdentity.random(for: id, using: &random)
        let count = Int.random(in: behaviour.connectorCounts, using: &random)
        connectors = (1...max(1, count)).map { connector in
            ConnectorSimulation(connectorID: connector, meterWh: Int64.random(in: 0...5_000_000, using: &random))
        }
        heartbeatInterval = behaviour.heartbeatIntervalCap
        configuration = ChargePointConfiguration(
            connectors: connectors.count,
            heartbeatInterval: behaviour.heartbeatIntervalCap,
            meterValueInterval: behaviour.meterValueInterval
        )
        self.random = random
    }

    /// The next offset at which `timeReached` has something to do; nil while waiting for the client.
    package var nextWakeUp: Duration? {
        switch link {
        case .offline(let reconnectAt): return min(reconnectAt, endsAt)
        case .connecting, .closing, .stopped: return nil
        case .online: break
        }
        var times = [endsAt]
        if let nextDisconnectAt { times.append(nextDisconnectAt) }
        if let outstanding { return min(outstanding.deadline, times.min() ?? endsAt) }
        switch boot {
        case .retry(let at): times.append(at)
        case .required, .sent: break
        case .accepted:
            if let nextHeartbeatAt { times.append(nextHeartbeatAt) }
            let isRebooting = pendingReset != nil
            for connector in connectors where !(isRebooting && connector.phase == .idle) {
                if let dueAt = connector.dueAt { times.append(dueAt) }
            }
        }
        return times.min()
    }

    /// Time passed: connect when due, time out the outstanding CALL, send what is due, stop at the end.
    package mutating func timeReached(_ now: Duration) -> [Action] {
        switch link {
        case .connecting, .closing, .stopped:
            return []
        case .offline(let reconnectAt):
            if now >= endsAt, hasTriedToConnect {
                link = .stopped
                return []
            }
            guard reconnectAt <= now else { return [] }
            link = .connecting
            hasTriedToConnect = true
            return [.connect]
        case .online:
            if now >= endsAt {
                link = .closing(reconnectAt: nil)
                return [.disconnect]
            }
            var actions = timeOutOutstandingCall(at: now)
            if let nextDisconnectAt, nextDisconnectAt <= now {
                self.nextDisconnectAt = nil
                link = .closing(reconnectAt: now + random.duration(in: behaviour.reconnectDelay))
                return actions + [.disconnect]
            }
            actions += sendNext(at: now)
            return actions
        }
    }

    /// A frame arrived from the central system.
    package mutating func frameReceived(_ frame: Frame, at now: Duration) -> [Action] {
        switch frame {
        case .call(let call):
            return [.send(answer(call, at: now))] + sendNext(at: now)
        case .callResult(let result):
            guard outstanding?.messageID == result.messageID else { return [] }
            return complete(with: .result(result.payload), at: now)
        case .callError(let error):
            guard outstanding?.messageID == error.messageID else { return [] }
            return complete(with: .error(error.code), at: now)
        }
    }

    /// Sends the next message if none is outstanding: boot first, then station messages, heartbeat, connectors.
    mutating func sendNext(at now: Duration) -> [Action] {
        guard link == .online, outstanding == nil else { return [] }
        if case .retry(let at) = boot, at <= now { boot = .required }
        switch boot {
        case .required:
            boot = .sent
            return [send(.bootNotification(identity), from: .station, at: now)]
        case .sent, .retry:
            return []
        case .accepted:
            break
        }
        if let reason = pendingReset {
            for index in connectors.indices { _ = connectors[index].stopTransaction(reason: reason, at: now) }
            if !connectors.contains(where: \.isInTransaction) { return reboot(at: now) }
        }
        if !outbox.isEmpty {
            return [send(outbox.removeFirst(), from: .station, at: now)]
        }
        if let nextHeartbeatAt, nextHeartbeatAt <= now {
            self.nextHeartbeatAt = now + heartbeatInterval
            return [send(.heartbeat, from: .station, at: now)]
        }
        for index in connectors.indices {
            connectors[index].advance(to: now, mayBegin: pendingReset == nil, behaviour: behaviour, random: &random)
        }
        let due = connectors.indices.compactMap { index in
            connectors[index].request(at: now).map {
                (index: index, request: $0, dueAt: connectors[index].dueAt ?? now)
            }
        }
        guard let first = due.min(by: { $0.dueAt < $1.dueAt }) else { return [] }
        return [send(first.request, from: .connector(first.index), at: now)]
    }

    /// Frames `request` as a CALL and makes it the outstanding one.
    mutating func send(_ request: StationMessage, from origin: OutstandingCall.Origin, at now: Duration) -> Action {
        messageCount += 1
        let messageID = String(messageCount)
        let timestamp = Self.timestamp(epoch.addingTimeInterval(now.seconds))
        outstanding = OutstandingCall(
            messageID: messageID,
            request: request,
            origin: origin,
            timestamp: timestamp,
            deadline: now + behaviour.callTimeout
        )
        return .send(
            .call(Call(messageID: messageID, action: request.action, payload: request.payload(timestamp: timestamp)))
        )
    }

    /// `date` as OCPP writes it: ISO 8601, UTC, milliseconds.
    package static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
