/// How a charging profile's schedule is anchored in time.
package enum ChargingProfileKindType: String, Sendable, CaseIterable {
    case absolute = "Absolute"
    case recurring = "Recurring"
    case relative = "Relative"
}
