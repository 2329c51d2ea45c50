import Foundation

/// Which stations are due for a tick, earliest first: a binary min-heap with at most one live entry per station.
///
/// Moving a station's deadline later keeps its earlier entry (the station wakes early, finds nothing and is
/// rescheduled); moving it earlier pushes a new entry and leaves the old one stale. Stale entries are skipped
/// when they surface, so the heap stays near one entry per station. Push and pop cost O(log n).
struct DeadlineQueue: Sendable {
    private struct Entry: Sendable {
        var at: Date
        var stationID: StationID

        func precedes(_ other: Entry) -> Bool {
            at != other.at ? at < other.at : stationID < other.stationID
        }
    }

    private var heap: [Entry] = []
    /// Each station's live entry.
    private var scheduled: [StationID: Date] = [:]

    /// Makes sure `stationID` is due no later than `at`; nil leaves any earlier entry to wake it once.
    mutating func schedule(_ stationID: StationID, at: Date?) {
        guard let at else { return }
        if let current = scheduled[stationID], current <= at { return }
        scheduled[stationID] = at
        push(Entry(at: at, stationID: stationID))
    }

    /// Drops any entry for `stationID`.
    mutating func remove(_ stationID: StationID) {
        scheduled[stationID] = nil
    }

    /// Removes and returns the stations due at `now`, earliest first.
    mutating func popDue(now: Date) -> [StationID] {
        var due: [StationID] = []
        while let top = heap.first, top.at <= now {
            popTop()
            guard scheduled[top.stationID] == top.at else { continue }
            scheduled[top.stationID] = nil
            due.append(top.stationID)
        }
        return due
    }

    private mutating func push(_ entry: Entry) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func popTop() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var first = parent
            if left < heap.count, heap[left].precedes(heap[first]) { first = left }
            if right < heap.count, heap[right].precedes(heap[first]) { first = right }
            guard first != parent else { return }
            heap.swapAt(parent, first)
            parent = first
        }
    }
}
