import Foundation
import HeapModule

/// Which stations are due for a tick, earliest first: a min-heap (swift-collections) with at most one live entry
/// per station.
///
/// Moving a station's deadline later keeps its earlier entry (the station wakes early, finds nothing and is
/// rescheduled); moving it earlier pushes a new entry and leaves the old one stale. Stale entries are skipped
/// when they surface, so the heap stays near one entry per station. Push and pop cost O(log n).
struct DeadlineQueue: Sendable {
    private struct Entry: Comparable, Sendable {
        var at: Date
        var stationID: StationID

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.at != rhs.at ? lhs.at < rhs.at : lhs.stationID < rhs.stationID
        }
    }

    private var heap = Heap<Entry>()
    /// Each station's live entry.
    private var scheduled: [StationID: Date] = [:]

    /// Makes sure `stationID` is due no later than `at`; nil leaves any earlier entry to wake it once.
    mutating func schedule(_ stationID: StationID, at: Date?) {
        guard let at else { return }
        if let current = scheduled[stationID], current <= at { return }
        scheduled[stationID] = at
        heap.insert(Entry(at: at, stationID: stationID))
    }

    /// Drops any entry for `stationID`.
    mutating func remove(_ stationID: StationID) {
        scheduled[stationID] = nil
    }

    /// Removes and returns the stations due at `now`, earliest first.
    mutating func popDue(now: Date) -> [StationID] {
        var due: [StationID] = []
        while let top = heap.min, top.at <= now {
            heap.removeMin()
            guard scheduled[top.stationID] == top.at else { continue }
            scheduled[top.stationID] = nil
            due.append(top.stationID)
        }
        return due
    }
}
