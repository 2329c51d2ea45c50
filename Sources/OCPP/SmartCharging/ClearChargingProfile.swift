/// ClearChargingProfile.req: remove the profiles that match every given field (1.6 §6.13).
package struct ClearChargingProfileRequest: Sendable, Equatable {
    /// The profile's id.
    package var id: Int?
    /// The connector; 0 means the whole charge point.
    package var connectorId: Int?
    /// The purpose.
    package var chargingProfilePurpose: ChargingProfilePurposeType?
    /// The stack level.
    package var stackLevel: Int?

    package init(
        id: Int? = nil,
        connectorId: Int? = nil,
        chargingProfilePurpose: ChargingProfilePurposeType? = nil,
        stackLevel: Int? = nil
    ) {
        self.id = id
        self.connectorId = connectorId
        self.chargingProfilePurpose = chargingProfilePurpose
        self.stackLevel = stackLevel
    }
}

extension ClearChargingProfileRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        id = try reader.optional("id", .integer)
        connectorId = try reader.optional("connectorId", .integer)
        chargingProfilePurpose = try reader.optional(
            "chargingProfilePurpose", .enumeration(ChargingProfilePurposeType.self))
        stackLevel = try reader.optional("stackLevel", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("id", id)
        writer.set("connectorId", connectorId)
        writer.set("chargingProfilePurpose", chargingProfilePurpose)
        writer.set("stackLevel", stackLevel)
    }
}

/// ClearChargingProfile.conf (1.6 §6.14).
package struct ClearChargingProfileResponse: Sendable, Equatable {
    /// Whether any profile matched.
    package var status: ClearChargingProfileStatus

    package init(status: ClearChargingProfileStatus) {
        self.status = status
    }
}

extension ClearChargingProfileResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(ClearChargingProfileStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether the charge point cleared any charging profile.
package enum ClearChargingProfileStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case unknown = "Unknown"
}
