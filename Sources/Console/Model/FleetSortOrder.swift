/// The fleet list's order: a key and whether it is reversed from the key's natural order.
package struct FleetSortOrder: Sendable, Equatable {
    package var key: FleetSortKey
    package var isReversed: Bool

    package init(key: FleetSortKey = .condition, isReversed: Bool = false) {
        self.key = key
        self.isReversed = isReversed
    }

    /// Whether the row with keys `a` comes before the row with keys `b`; ties go by station id, so the
    /// order is total and a row's place can be found by binary search.
    func precedes(_ a: FleetRowKeys, _ b: FleetRowKeys) -> Bool {
        let primary: Bool?
        switch key {
        case .condition: primary = a.condition == b.condition ? nil : a.condition < b.condition
        case .id: primary = nil
        case .customer: primary = Self.compare(a.search.customer, b.search.customer)
        case .city: primary = Self.compare(a.search.city, b.search.city)
        case .silence: primary = a.lastMessage == b.lastMessage ? nil : a.lastMessage < b.lastMessage
        case .alarms: primary = a.alarmRank == b.alarmRank ? nil : a.alarmRank > b.alarmRank
        }
        if let primary { return primary != isReversed }
        let byID = a.id.lexicographicallyPrecedes(b.id)
        return key == .id && isReversed ? !byID && a.id != b.id : byID
    }

    private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Bool? {
        a == b ? nil : a.lexicographicallyPrecedes(b)
    }
}
