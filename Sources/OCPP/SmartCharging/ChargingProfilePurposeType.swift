/// What a charging profile limits.
package enum ChargingProfilePurposeType: String, Sendable, CaseIterable {
    case chargePointMaxProfile = "ChargePointMaxProfile"
    case txDefaultProfile = "TxDefaultProfile"
    case txProfile = "TxProfile"
}
