import BackendClient
import Domain

/// The open alarms, most severe first and oldest first within a severity, with those that arrived live
/// and were not looked at yet.
package struct AlarmBoard: Sendable {
    package private(set) var ordered: [AlarmSummary] = []
    /// Alarms raised while the agent looked elsewhere; shown highlighted until seen.
    package private(set) var unseen: Set<AlarmID> = []

    package init() {}

    /// Takes the open alarms as the backend lists them.
    package mutating func replace(with alarms: [AlarmSummary]) {
        ordered = alarms.filter(Self.isOpen)
        unseen.formIntersection(ordered.map(\.id))
        sort()
    }

    /// Takes one raised or changed alarm; closed alarms leave the board. Returns whether it is new.
    @discardableResult
    package mutating func apply(_ alarm: AlarmSummary) -> Bool {
        let index = ordered.firstIndex { $0.id == alarm.id }
        guard Self.isOpen(alarm) else {
            if let index { ordered.remove(at: index) }
            unseen.remove(alarm.id)
            return false
        }
        if let index {
            ordered[index] = alarm
        } else {
            ordered.append(alarm)
            if alarm.state == .raised { unseen.insert(alarm.id) }
        }
        sort()
        return index == nil
    }

    package func count(of severity: AlarmSeverity) -> Int {
        ordered.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    package func alarm(_ id: AlarmID) -> AlarmSummary? { ordered.first { $0.id == id } }

    package mutating func markSeen(_ id: AlarmID) { unseen.remove(id) }

    private static func isOpen(_ alarm: AlarmSummary) -> Bool { alarm.state != .closed }

    private mutating func sort() {
        ordered.sort { a, b in
            if a.severity != b.severity { return a.severity > b.severity }
            if a.raisedAt != b.raisedAt { return a.raisedAt < b.raisedAt }
            return a.id.rawValue < b.id.rawValue
        }
    }
}
