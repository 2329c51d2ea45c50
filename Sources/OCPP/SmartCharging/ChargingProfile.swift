import Foundation

/// A charging profile: a stacked, time-bound limit.
package struct ChargingProfile: Sendable, Equatable {
    /// The profile's id.
    package var chargingProfileId: Int
    /// The transaction a TxProfile belongs to.
    package var transactionId: Int?
    /// Its precedence; higher wins.
    package var stackLevel: Int
    /// What it limits.
    package var chargingProfilePurpose: ChargingProfilePurposeType
    /// How it is anchored in time.
    package var chargingProfileKind: ChargingProfileKindType
    /// How a recurring profile repeats.
    package var recurrencyKind: RecurrencyKindType?
    /// When it becomes valid.
    package var validFrom: Date?
    /// When it stops being valid.
    package var validTo: Date?
    /// The limits over time.
    package var chargingSchedule: ChargingSchedule

    package init(
        chargingProfileId: Int,
        transactionId: Int? = nil,
        stackLevel: Int,
        chargingProfilePurpose: ChargingProfilePurposeType,
        chargingProfileKind: ChargingProfileKindType,
        recurrencyKind: RecurrencyKindType? = nil,
        validFrom: Date? = nil,
        validTo: Date? = nil,
        chargingSchedule: ChargingSchedule
    ) {
        self.chargingProfileId = chargingProfileId
        self.transactionId = transactionId
        self.stackLevel = stackLevel
        self.chargingProfilePurpose = chargingProfilePurpose
        self.chargingProfileKind = chargingProfileKind
        self.recurrencyKind = recurrencyKind
        self.validFrom = validFrom
        self.validTo = validTo
        self.chargingSchedule = chargingSchedule
    }
}

extension ChargingProfile: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        chargingProfileId = try reader.required("chargingProfileId", .integer)
        transactionId = try reader.optional("transactionId", .integer)
        stackLevel = try reader.required("stackLevel", .integer)
        chargingProfilePurpose = try reader.required(
            "chargingProfilePurpose", .enumeration(ChargingProfilePurposeType.self))
        chargingProfileKind = try reader.required("chargingProfileKind", .enumeration(ChargingProfileKindType.self))
        recurrencyKind = try reader.optional("recurrencyKind", .enumeration(RecurrencyKindType.self))
        validFrom = try reader.optional("validFrom", .dateTime)
        validTo = try reader.optional("validTo", .dateTime)
        chargingSchedule = try reader.required("chargingSchedule", .object(ChargingSchedule.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("chargingProfileId", chargingProfileId)
        writer.set("transactionId", transactionId)
        writer.set("stackLevel", stackLevel)
        writer.set("chargingProfilePurpose", chargingProfilePurpose)
        writer.set("chargingProfileKind", chargingProfileKind)
        writer.set("recurrencyKind", recurrencyKind)
        writer.set("validFrom", validFrom)
        writer.set("validTo", validTo)
        writer.set("chargingSchedule", chargingSchedule)
    }
}
