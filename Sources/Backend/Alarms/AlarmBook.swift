import Domain

/// The alarms not yet closed, by id and, while uncleared, by key.
struct AlarmBook {
    private var open: [AlarmID: Alarm] = [:]
    private var uncleared: [AlarmKey: AlarmID] = [:]

    mutating func restore(_ alarms: [Alarm]) {
        for alarm in alarms { insert(alarm) }
    }

    mutating func insert(_ alarm: Alarm) {
        replace(alarm)
    }

    /// Stores the alarm's new state; a closed alarm leaves the book, a cleared one leaves the key index.
    mutating func replace(_ alarm: Alarm) {
        if alarm.isCleared {
            if uncleared[alarm.key] == alarm.id { uncleared[alarm.key] = nil }
        } else {
            uncleared[alarm.key] = alarm.id
        }
        open[alarm.id] = alarm.state == .closed ? nil : alarm
    }

    func alarm(_ id: AlarmID) -> Alarm? { open[id] }

    func active(_ key: AlarmKey) -> Alarm? { uncleared[key].flatMap { open[$0] } }

    var openAlarms: [Alarm] {
        open.values.sorted { lhs, rhs in
            lhs.severity != rhs.severity ? lhs.severity > rhs.severity : lhs.raisedAt < rhs.raisedAt
        }
    }
}
