import Foundation
import OCPP

extension StationSimulation {
    /// The WebSocket connection is up: boot if not yet accepted, else report every connector's status.
    package mutating func connectionOpened(at now: Duration) -> [Action] {
        link = .online
        failedAttempts = 0
        if boot == .accepted {
            outbox = [stationStatusReport] + connectors.map(\.statusReport)
        } else {
            boot = .required
        }
        if let mean = behaviour.meanTimeBetweenDisconnects {
            let uniform = Double.random(in: 0..<1, using: &random)
            nextDisconnectAt = now + mean * -log(1 - uniform)
        }
        return timeReached(now)
    }

    /// A connection attempt failed: try again after a backoff that doubles with each failure, with jitter.
    package mutating func connectionFailed(at now: Duration) -> [Action] {
        failedAttempts += 1
        let doubled = behaviour.reconnectBackoff * (1 << min(failedAttempts - 1, 16))
        let backoff = min(doubled, behaviour.maximumReconnectBackoff) * Double.random(in: 0.5...1, using: &random)
        link = now >= endsAt ? .stopped : .offline(reconnectAt: now + backoff)
        return []
    }

    /// The connection is gone, by our choice or the peer's: the outstanding CALL is lost, its sender resends later.
    package mutating func connectionClosed(at now: Duration) -> [Action] {
        var actions: [Action] = []
        if let call = outstanding {
            outstanding = nil
            actions.append(.complete(CallOutcome(action: call.request.action, kind: .lost)))
        }
        outbox.removeAll()
        nextDisconnectAt = nil
        if boot != .accepted { boot = .required }
        switch link {
        case .closing(let reconnectAt?) where reconnectAt < endsAt:
            link = .offline(reconnectAt: reconnectAt)
        case .closing, .stopped:
            link = .stopped
        case .online, .connecting, .offline:
            link = now >= endsAt ? .stopped : .offline(reconnectAt: now + random.duration(in: behaviour.reconnectDelay))
        }
        return actions
    }

    /// True once the station stopped for good and its connection is closed.
    package var isStopped: Bool { link == .stopped }

    /// The outstanding CALL got its answer: report it, let its sender move on, send the next message.
    mutating func complete(with answer: CallAnswer, at now: Duration) -> [Action] {
        guard let call = outstanding else { return [] }
        outstanding = nil
        let kind: CallOutcome.Kind = if case .error(let code) = answer { .refused(code) } else { .answered }
        var actions: [Action] = [.complete(CallOutcome(action: call.request.action, kind: kind))]
        if let record = AcknowledgementRecord(
            request: call.request,
            answer: answer,
            station: id,
            timestamp: call.timestamp
        ) {
            actions.append(.acknowledge(record))
        }
        switch call.origin {
        case .connector(let index):
            connectors[index].answered(answer, to: call.request, at: now, behaviour: behaviour, random: &random)
        case .station:
            if case .bootNotification = call.request { bootAnswered(answer, at: now) }
        }
        return actions + sendNext(at: now)
    }

    /// Times out the outstanding CALL once its deadline passed; a BootNotification is retried later.
    mutating func timeOutOutstandingCall(at now: Duration) -> [Action] {
        guard let call = outstanding, call.deadline <= now else { return [] }
        outstanding = nil
        if case .bootNotification = call.request, boot == .sent { boot = .retry(at: now + .seconds(10)) }
        return [.complete(CallOutcome(action: call.request.action, kind: .timedOut))]
    }

    /// The StatusNotification of the whole station (connector 0).
    var stationStatusReport: StationMessage {
        .statusNotification(connector: 0, status: .available, errorCode: .noError, vendorErrorCode: nil)
    }

    /// Sets the heartbeat interval, capped by the behaviour, and plans the next heartbeat from `now`.
    mutating func useHeartbeatInterval(seconds: Int64, at now: Duration) {
        let cap = behaviour.heartbeatIntervalCap
        heartbeatInterval = seconds > 0 ? min(.seconds(seconds), cap) : cap
        nextHeartbeatAt = now + heartbeatInterval
        _ = configuration.change("HeartbeatInterval", to: String(heartbeatInterval.components.seconds))
    }

    /// Accepted: heartbeats start, every connector reports its status and plans its first session.
    /// Pending or Rejected: try again after the interval the answer gave (at least 10 s).
    private mutating func bootAnswered(_ answer: CallAnswer, at now: Duration) {
        let interval = answer.integer("interval") ?? 0
        guard answer["status"]?.stringValue == "Accepted" else {
            if boot == .sent { boot = .retry(at: now + .seconds(max(10, interval))) }
            return
        }
        useHeartbeatInterval(seconds: interval, at: now)
        guard boot != .accepted else { return }
        boot = .accepted
        outbox = [stationStatusReport] + connectors.map(\.statusReport)
        for index in connectors.indices {
            connectors[index].begin(at: now, behaviour: behaviour, random: &random)
        }
    }

    /// Every transaction stopped after an accepted Reset: disconnect, and boot again on reconnect.
    mutating func reboot(at now: Duration) -> [Action] {
        pendingReset = nil
        boot = .required
        for index in connectors.indices { connectors[index].halt() }
        link = .closing(reconnectAt: now + behaviour.reconnectDelay.lowerBound)
        return [.disconnect]
    }
}
