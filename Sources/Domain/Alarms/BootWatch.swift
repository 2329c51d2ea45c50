import Foundation

/// Raises `bootLoop` for boots that come too often and `bootNotificationMissing` for a station that never boots.
///
/// OCPP 1.6 asks for a BootNotification after a reboot, not after a network drop, so only a station never seen
/// booting (here or, via `lastBootAt`, in the store) is expected to send one on connect.
struct BootWatch: Sendable, Equatable {
    let stationID: StationID
    let settings: AlarmSettings
    private(set) var lastBootAt: Date?
    /// When the missing-boot alarm is due; nil unless connected and never seen booting.
    private var missingDueAt: Date?
    private var isMissingRaised = false
    private var boots: BurstDetector

    init(stationID: StationID, settings: AlarmSettings, lastBootAt: Date?) {
        self.stationID = stationID
        self.settings = settings
        self.lastBootAt = lastBootAt
        self.boots = BurstDetector(
            threshold: settings.bootLoopThreshold, window: settings.bootLoopWindow,
            settleTime: settings.bootLoopWindow)
    }

    mutating func connected(at now: Date) {
        guard lastBootAt == nil, !isMissingRaised else { return }
        missingDueAt = now.adding(settings.bootNotificationDelay)
    }

    /// A dropped station cannot send anything; the missing-boot alarm, once raised, stays until a boot.
    mutating func disconnected() {
        missingDueAt = nil
    }

    mutating func booted(at now: Date) -> [AlarmAction] {
        lastBootAt = now
        missingDueAt = nil
        var actions: [AlarmAction] = []
        if isMissingRaised {
            isMissingRaised = false
            actions.append(.clear(key(.bootNotificationMissing)))
        }
        if let outcome = boots.record(at: now) { actions.append(outcome.action(for: key(.bootLoop), at: now)) }
        return actions
    }

    mutating func tick(now: Date) -> [AlarmAction] {
        var actions: [AlarmAction] = []
        if boots.settle(now: now) { actions.append(.clear(key(.bootLoop))) }
        if let due = missingDueAt, now >= due {
            missingDueAt = nil
            isMissingRaised = true
            actions.append(.raise(AlarmDraft(key: key(.bootNotificationMissing), raisedAt: now)))
        }
        return actions
    }

    var nextDeadline: Date? { [missingDueAt, boots.settleDeadline].compactMap { $0 }.min() }

    /// Takes up a stored, uncleared missing-boot alarm: it clears at the next boot.
    mutating func restoreMissing() {
        isMissingRaised = true
        missingDueAt = nil
    }

    /// Takes up a stored, uncleared boot-loop alarm: it counts on and clears after a window without boots.
    mutating func restoreLoop(_ alarm: Alarm, now: Date) {
        boots.resume(count: alarm.count, since: alarm.facts.since ?? alarm.raisedAt, now: now)
    }

    private func key(_ kind: AlarmKind) -> AlarmKey { AlarmKey(stationID: stationID, kind: kind) }
}
