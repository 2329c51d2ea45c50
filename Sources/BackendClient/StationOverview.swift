import Domain
import Foundation

/// What the backend knows of one station right now.
package struct StationOverview: Sendable, Equatable, Codable {
    package var id: StationID
    package var siteID: SiteID?
    package var registration: RegistrationState
    package var identity: StationIdentity?
    package var isConnected: Bool
    package var lastMessageAt: Date?
    package var connectors: [StatusReport]

    package init(
        id: StationID, siteID: SiteID?, registration: RegistrationState, identity: StationIdentity?,
        isConnected: Bool, lastMessageAt: Date?, connectors: [StatusReport]
    ) {
        self.id = id
        self.siteID = siteID
        self.registration = registration
        self.identity = identity
        self.isConnected = isConnected
        self.lastMessageAt = lastMessageAt
        self.connectors = connectors
    }
}
