import Foundation

/// A charging station as the store knows it: where it stands, what it reported at boot, how it authenticates.
package struct Station: Sendable, Equatable, Codable {
    package var id: StationID
    package var siteID: SiteID?
    package var registration: RegistrationState
    /// PHC-style hash of the station's Basic-auth password; nil for a station that has none yet.
    package var passwordHash: String?
    package var identity: StationIdentity?
    package var warrantyEnd: Date?
    package var lastBootAt: Date?
    package var connectorCount: Int

    package init(
        id: StationID, siteID: SiteID?, registration: RegistrationState, passwordHash: String?,
        identity: StationIdentity? = nil, warrantyEnd: Date? = nil, lastBootAt: Date? = nil, connectorCount: Int = 0
    ) {
        self.id = id
        self.siteID = siteID
        self.registration = registration
        self.passwordHash = passwordHash
        self.identity = identity
        self.warrantyEnd = warrantyEnd
        self.lastBootAt = lastBootAt
        self.connectorCount = connectorCount
    }
}

/// Whether the central system accepts a station.
package enum RegistrationState: String, Sendable, Codable, CaseIterable {
    /// Registered by the operator.
    case accepted
    /// Connected unannounced and was let in, waiting for an agent to register it.
    case pending
    /// Refused by the operator.
    case rejected
}

/// What a station said about itself in its last BootNotification.
package struct StationIdentity: Sendable, Equatable, Codable {
    package var vendor: String
    package var model: String
    package var serialNumber: String?
    package var firmwareVersion: String?

    package init(vendor: String, model: String, serialNumber: String?, firmwareVersion: String?) {
        self.vendor = vendor
        self.model = model
        self.serialNumber = serialNumber
        self.firmwareVersion = firmwareVersion
    }
}
