/// The unit of a charging schedule's limits: amperes or watts.
package enum ChargingRateUnitType: String, Sendable, CaseIterable {
    case amperes = "A"
    case watts = "W"
}
