import BackendClient
import Domain

/// Every station row the console knows, and the filtered, sorted list the fleet view pages through.
///
/// A changed row moves to its new place by binary search, so a live update costs O(log n) comparisons
/// and one shift of the visible list, not a sort of 20,000 rows.
package struct FleetTable: Sendable {
    private var rows: [FleetRow] = []
    private var keys: [FleetRowKeys] = []
    private var storageIndex: [StationID: Int] = [:]
    /// Storage indices of the rows that pass the filter, in sort order.
    private var visible: [Int] = []
    package private(set) var filter = FleetFilter()
    package private(set) var order = FleetSortOrder()

    package init() {}

    /// Stations the login may see, filtered or not: as the last snapshot counted them, or the rows held if more
    /// came since (a snapshot of a narrowed scope holds fewer rows than there are stations).
    package var totalCount: Int { max(rows.count, snapshotStationCount) }
    private var snapshotStationCount = 0
    /// Stations that pass the filter.
    package var visibleCount: Int { visible.count }

    /// The row at a place of the filtered, sorted list.
    package func visibleRow(at position: Int) -> FleetRow { rows[visible[position]] }

    /// Lends `body` the row at a place of the list with its texts already made terminal-safe, in place rather
    /// than copied, so drawing a row retains none of its texts.
    func withVisibleEntry<Result>(at position: Int, _ body: (FleetRow, FleetRowKeys) -> Result) -> Result {
        let index = visible[position]
        return rows.withUnsafeBufferPointer { rows in keys.withUnsafeBufferPointer { body(rows[index], $0[index]) } }
    }

    package func row(_ id: StationID) -> FleetRow? { storageIndex[id].map { rows[$0] } }

    /// Where a station stands in the filtered, sorted list; nil when filtered out or unknown.
    package func position(of id: StationID) -> Int? {
        guard let index = storageIndex[id] else { return nil }
        let place = insertionPlace(for: index)
        return place < visible.count && visible[place] == index ? place : nil
    }

    /// Takes a snapshot: its rows replace older ones; rows it lacks stay only when a live update made them
    /// newer than the snapshot, so that rows of an earlier, wider scope go.
    package mutating func replace(with snapshot: FleetSnapshot) {
        var merged: [FleetRow] = []
        merged.reserveCapacity(snapshot.rows.count)
        var seen = Set<StationID>()
        for row in snapshot.rows {
            seen.insert(row.id)
            if let current = self.row(row.id), current.revision > row.revision {
                merged.append(current)
            } else {
                merged.append(row)
            }
        }
        merged += rows.filter { !seen.contains($0.id) && $0.revision > snapshot.revision }
        rows = merged
        snapshotStationCount = snapshot.stationCount
        keys = merged.map(FleetRowKeys.init)
        storageIndex = Dictionary(merged.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        rebuildVisible()
    }

    /// Takes one changed row if it is newer than the one held. Returns whether anything changed.
    @discardableResult
    package mutating func apply(_ row: FleetRow) -> Bool {
        guard let index = storageIndex[row.id] else {
            rows.append(row)
            keys.append(FleetRowKeys(row))
            storageIndex[row.id] = rows.count - 1
            insertIfVisible(rows.count - 1)
            return true
        }
        guard row.revision > rows[index].revision else { return false }
        if let place = position(of: row.id) { visible.remove(at: place) }
        rows[index] = row
        keys[index] = FleetRowKeys(row)
        insertIfVisible(index)
        return true
    }

    /// The search keys of a station's row, folded when it arrived; nil for a station not held.
    func searchKeys(_ id: StationID) -> FleetSearchKeys? { storageIndex[id].map { keys[$0].search } }

    /// Drops a station's row: it left the scope the console follows, so no update would keep it current.
    /// Returns whether it was held. The last row takes its storage slot, so nothing else moves.
    @discardableResult
    package mutating func remove(_ id: StationID) -> Bool {
        guard let index = storageIndex[id] else { return false }
        if let place = position(of: id) { visible.remove(at: place) }
        let last = rows.count - 1
        if index != last {
            let moved = rows[last].id
            let movedPlace = position(of: moved)
            rows[index] = rows[last]
            keys[index] = keys[last]
            storageIndex[moved] = index
            if let movedPlace { visible[movedPlace] = index }
        }
        rows.removeLast()
        keys.removeLast()
        storageIndex[id] = nil
        return true
    }

    package mutating func setFilter(_ filter: FleetFilter) {
        guard filter != self.filter else { return }
        self.filter = filter
        rebuildVisible()
    }

    package mutating func setOrder(_ order: FleetSortOrder) {
        guard order != self.order else { return }
        self.order = order
        rebuildVisible()
    }

    private mutating func insertIfVisible(_ index: Int) {
        guard filter.matches(keys[index].search) else { return }
        visible.insert(index, at: insertionPlace(for: index))
    }

    /// The first place in `visible` whose row does not precede the row at storage `index`.
    private func insertionPlace(for index: Int) -> Int {
        var low = 0
        var high = visible.count
        // Through the buffer the keys are compared in place; subscripting the array would copy (retain) each.
        keys.withUnsafeBufferPointer { keys in
            while low < high {
                let middle = (low + high) / 2
                if order.precedes(keys[visible[middle]], keys[index]) { low = middle + 1 } else { high = middle }
            }
        }
        return low
    }

    private mutating func rebuildVisible() {
        let filter = filter
        let order = order
        let keys = keys
        var indices = filter.isEmpty ? Array(keys.indices) : keys.indices.filter { filter.matches(keys[$0].search) }
        indices.sort { order.precedes(keys[$0], keys[$1]) }
        visible = indices
    }
}
