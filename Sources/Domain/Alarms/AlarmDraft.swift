import Foundation

/// An alarm a monitor wants raised, before the store has numbered it.
package struct AlarmDraft: Sendable, Equatable, Codable {
    package var key: AlarmKey
    package var facts: AlarmFacts
    /// How many times the condition occurred so far (drops, boots, fault reports); at least 1.
    package var count: Int
    package var raisedAt: Date

    package init(key: AlarmKey, facts: AlarmFacts = AlarmFacts(), count: Int = 1, raisedAt: Date) {
        self.key = key
        self.facts = facts
        self.count = count
        self.raisedAt = raisedAt
    }

    package var severity: AlarmSeverity { key.kind.severity }
}
