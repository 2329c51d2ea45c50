import Foundation

/// The alarm rules for every station: one `StationMonitor` each, and a deadline queue so that `tick` visits only
/// the stations that are due.
///
/// `handle` costs O(log n) for n stations; `tick` costs O((d + s) log n) for d stations due and s stale queue
/// entries, so calling it once a second for 10,000 stations is cheap. Pure: no clock reads, no I/O.
package struct FleetMonitor: Sendable {
    package let settings: AlarmSettings
    private var monitors: [StationID: StationMonitor] = [:]
    private var deadlines = DeadlineQueue()

    package init(settings: AlarmSettings = AlarmSettings()) {
        self.settings = settings
    }

    package var stationCount: Int { monitors.count }

    /// The monitor of `stationID`, if it is tracked.
    package subscript(stationID: StationID) -> StationMonitor? { monitors[stationID] }

    /// Starts tracking a station the store knows, at backend start; replaces any monitor it had.
    package mutating func track(_ stationID: StationID, restoring: StationMonitor.Restoration, now: Date) {
        let monitor = StationMonitor(stationID: stationID, settings: settings, restoring: restoring, now: now)
        monitors[stationID] = monitor
        deadlines.remove(stationID)
        deadlines.schedule(stationID, at: monitor.nextDeadline)
    }

    /// Stops tracking a station (it was deleted); its alarms are left as they are.
    package mutating func forget(_ stationID: StationID) {
        monitors[stationID] = nil
        deadlines.remove(stationID)
    }

    /// Applies one observation about `stationID`, tracking it from now on if it was not yet.
    package mutating func handle(
        _ observation: StationObservation, from stationID: StationID, at now: Date
    ) -> [AlarmAction] {
        if monitors[stationID] == nil {
            monitors[stationID] = StationMonitor(stationID: stationID, settings: settings, now: now)
        }
        return update(stationID) { $0.handle(observation, at: now) }
    }

    /// Ticks the stations that are due, earliest first.
    package mutating func tick(now: Date) -> [AlarmAction] {
        deadlines.popDue(now: now).flatMap { stationID in update(stationID) { $0.tick(now: now) } }
    }

    /// Runs `body` on the monitor in place (no copy of its state) and reschedules it.
    private mutating func update(
        _ stationID: StationID, _ body: (inout StationMonitor) -> [AlarmAction]
    ) -> [AlarmAction] {
        guard let index = monitors.index(forKey: stationID) else { return [] }
        let actions = body(&monitors.values[index])
        deadlines.schedule(stationID, at: monitors.values[index].nextDeadline)
        return actions
    }
}
