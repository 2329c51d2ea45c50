import Foundation

/// One stored alarm: raised by a monitor, cleared when its condition goes, acknowledged by a person.
///
/// Clearing and acknowledging are independent and happen in either order; an alarm both cleared and acknowledged
/// is closed. Reads no clock: callers pass `now` and the times of events.
package struct Alarm: Sendable, Equatable, Codable, Identifiable {
    package let id: AlarmID
    package let key: AlarmKey
    package let raisedAt: Date
    package private(set) var facts: AlarmFacts
    /// How many times the condition occurred while the alarm was uncleared; at least 1.
    package private(set) var count: Int
    package private(set) var clearedAt: Date?
    package private(set) var acknowledgement: AlarmAcknowledgement?

    /// A newly raised alarm, numbered `id` by the store.
    package init(id: AlarmID, draft: AlarmDraft) {
        self.init(id: id, key: draft.key, raisedAt: draft.raisedAt, facts: draft.facts, count: draft.count)
    }

    /// An alarm as the store kept it.
    package init(
        id: AlarmID, key: AlarmKey, raisedAt: Date, facts: AlarmFacts, count: Int, clearedAt: Date? = nil,
        acknowledgement: AlarmAcknowledgement? = nil
    ) {
        self.id = id
        self.key = key
        self.raisedAt = raisedAt
        self.facts = facts
        self.count = count
        self.clearedAt = clearedAt
        self.acknowledgement = acknowledgement
    }

    package var severity: AlarmSeverity { key.kind.severity }

    package var isCleared: Bool { clearedAt != nil }
    package var isAcknowledged: Bool { acknowledgement != nil }

    package var state: AlarmState {
        switch (isCleared, isAcknowledged) {
        case (false, false): .raised
        case (false, true): .acknowledged
        case (true, false): .cleared
        case (true, true): .closed
        }
    }

    /// Time since the alarm was raised; zero if `now` is before `raisedAt` (a clock step back).
    package func age(now: Date) -> Duration {
        .seconds(max(0, now.timeIntervalSince(raisedAt)))
    }

    /// Records that `agent` took the alarm on. Allowed in any state but once; a cleared alarm becomes closed.
    package mutating func acknowledge(by agent: AgentLogin, comment: String, at now: Date) throws(AlarmRefusal) {
        if let earlier = acknowledgement { throw .alreadyAcknowledged(id, by: earlier.agent) }
        guard comment.contains(where: { !$0.isWhitespace }) else { throw .commentMissing(id) }
        acknowledgement = AlarmAcknowledgement(agent: agent, comment: comment, at: now)
    }

    /// Records that the condition is gone. Clearing a cleared alarm keeps the first time.
    package mutating func clear(at now: Date) {
        if clearedAt == nil { clearedAt = now }
    }

    /// Records that the condition occurred again. Ignored once cleared: a recurrence after that is a new alarm.
    package mutating func update(count: Int, facts: AlarmFacts) {
        guard !isCleared else { return }
        self.count = count
        self.facts = facts
    }
}
