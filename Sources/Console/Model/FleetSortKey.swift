/// What the fleet list is sorted by. Each key starts in the order an agent wants first: the most urgent
/// condition, the longest silence and the most alarms at the top; names from A to Z.
package enum FleetSortKey: String, Sendable, CaseIterable {
    case condition, id, customer, city, silence, alarms

    /// The key after this one, for `s`.
    package var next: FleetSortKey {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
