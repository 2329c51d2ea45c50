/// SetChargingProfile.req: install a charging profile (1.6 §6.43).
package struct SetChargingProfileRequest: Sendable, Equatable {
    /// The connector; 0 means the whole charge point.
    package var connectorId: Int
    /// The profile.
    package var csChargingProfiles: ChargingProfile

    package init(connectorId: Int, csChargingProfiles: ChargingProfile) {
        self.connectorId = connectorId
        self.csChargingProfiles = csChargingProfiles
    }
}

extension SetChargingProfileRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        connectorId = try reader.required("connectorId", .integer)
        csChargingProfiles = try reader.required("csChargingProfiles", .object(ChargingProfile.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("connectorId", connectorId)
        writer.set("csChargingProfiles", csChargingProfiles)
    }
}

/// SetChargingProfile.conf (1.6 §6.44).
package struct SetChargingProfileResponse: Sendable, Equatable {
    /// Whether it was taken.
    package var status: ChargingProfileStatus

    package init(status: ChargingProfileStatus) {
        self.status = status
    }
}

extension SetChargingProfileResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(ChargingProfileStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether the charge point took a charging profile.
package enum ChargingProfileStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
    case notSupported = "NotSupported"
}
