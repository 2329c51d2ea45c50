/// How often a recurring charging profile repeats.
package enum RecurrencyKindType: String, Sendable, CaseIterable {
    case daily = "Daily"
    case weekly = "Weekly"
}
