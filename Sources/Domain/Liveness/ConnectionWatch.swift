import Foundation

/// Raises `stationOffline` and `connectionFlapping` from a station's connects, drops and signs of life.
///
/// A drop raises nothing until it has lasted `reconnectGrace` (`flappingOfflineDelay` while the station flaps).
/// Repeated drops raise one flapping alarm whose count grows, not one alarm each.
struct ConnectionWatch: Sendable, Equatable {
    let stationID: StationID
    let settings: LivenessSettings
    private(set) var liveness: StationLiveness
    /// When the dropped station's offline alarm is due; nil while connected or once raised.
    private var offlineDueAt: Date?
    private var isOfflineRaised = false
    private var flaps: BurstDetector

    /// A station not connected since `disconnectedAt`, whose offline alarm is due at `offlineDueAt` (nil: never).
    init(stationID: StationID, settings: LivenessSettings, disconnectedAt: Date, offlineDueAt: Date?) {
        self.stationID = stationID
        self.settings = settings
        let rule = OfflineRule(
            heartbeatInterval: settings.defaultHeartbeatInterval, graceFactor: settings.heartbeatGraceFactor)
        self.liveness = StationLiveness(rule: rule, disconnectedAt: disconnectedAt)
        self.offlineDueAt = offlineDueAt
        self.flaps = BurstDetector(
            threshold: settings.flapThreshold, window: settings.flapWindow, settleTime: settings.flapSettleTime)
    }

    mutating func connected(at now: Date) -> [AlarmAction] {
        liveness.connected(at: now)
        offlineDueAt = nil
        return clearOffline()
    }

    mutating func disconnected(at now: Date) -> [AlarmAction] {
        guard liveness.isConnected else { return [] }
        liveness.disconnected(at: now)
        let flapAction = flaps.record(at: now)?.action(for: key(.connectionFlapping), at: now)
        if !isOfflineRaised {
            let grace = flaps.burst == nil ? settings.reconnectGrace : settings.flappingOfflineDelay
            offlineDueAt = now.adding(grace)
        }
        return flapAction.map { [$0] } ?? []
    }

    mutating func messageReceived(at now: Date) -> [AlarmAction] {
        liveness.messageReceived(at: now)
        return liveness.isConnected ? clearOffline() : []
    }

    /// Takes the interval the backend gave the station; a zero or negative one means the default.
    mutating func heartbeatIntervalChanged(to interval: Duration) {
        liveness.heartbeatIntervalChanged(to: interval > .zero ? interval : settings.defaultHeartbeatInterval)
    }

    mutating func tick(now: Date) -> [AlarmAction] {
        var actions: [AlarmAction] = []
        if flaps.settle(now: now) { actions.append(.clear(key(.connectionFlapping))) }
        if let due = offlineDeadline, now >= due {
            isOfflineRaised = true
            offlineDueAt = nil
            let facts = AlarmFacts(
                offlineCause: liveness.isConnected ? .silent : .disconnected, since: liveness.offlineSince(now: now))
            actions.append(.raise(AlarmDraft(key: key(.stationOffline), facts: facts, raisedAt: now)))
        }
        return actions
    }

    var nextDeadline: Date? { [offlineDeadline, flaps.settleDeadline].compactMap { $0 }.min() }

    /// Takes up a stored, uncleared offline alarm: it clears when the station comes back.
    mutating func restoreOffline() {
        isOfflineRaised = true
        offlineDueAt = nil
    }

    /// Takes up a stored, uncleared flapping alarm: it counts on and clears after a settle time without drops.
    mutating func restoreFlapping(_ alarm: Alarm, now: Date) {
        flaps.resume(count: alarm.count, since: alarm.facts.since ?? alarm.raisedAt, now: now)
    }

    /// When the offline alarm is due: the silence deadline while connected, the drop's grace while not.
    private var offlineDeadline: Date? {
        guard !isOfflineRaised else { return nil }
        return liveness.isConnected ? liveness.silenceDeadline : offlineDueAt
    }

    private mutating func clearOffline() -> [AlarmAction] {
        guard isOfflineRaised else { return [] }
        isOfflineRaised = false
        return [.clear(key(.stationOffline))]
    }

    private func key(_ kind: AlarmKind) -> AlarmKey { AlarmKey(stationID: stationID, kind: kind) }
}
