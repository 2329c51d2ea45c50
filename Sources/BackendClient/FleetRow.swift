import Domain
import Foundation

/// One line of the fleet list: a station with what an agent needs to find it and judge it at a glance.
///
/// The backend keeps one per station and sends a new one whenever something on it changes; `revision`
/// grows with every change in the backend, so a client keeps the row with the higher revision.
package struct FleetRow: Sendable, Equatable, Codable, Identifiable {
    package var id: StationID
    package var revision: UInt64
    package var customerID: CustomerID?
    package var customerName: String
    package var siteID: SiteID?
    package var siteName: String
    package var street: String
    package var postalCode: String
    package var city: String
    package var registration: RegistrationState
    package var isConnected: Bool
    package var lastMessageAt: Date?
    package var vendor: String
    package var model: String
    package var firmwareVersion: String
    package var connectors: [ConnectorState]
    package var openAlarmCount: Int
    package var worstAlarmSeverity: AlarmSeverity?

    package init(
        id: StationID, revision: UInt64, customerID: CustomerID?, customerName: String, siteID: SiteID?,
        siteName: String, street: String, postalCode: String, city: String, registration: RegistrationState,
        isConnected: Bool, lastMessageAt: Date?, vendor: String, model: String, firmwareVersion: String,
        connectors: [ConnectorState], openAlarmCount: Int, worstAlarmSeverity: AlarmSeverity?
    ) {
        self.id = id
        self.revision = revision
        self.customerID = customerID
        self.customerName = customerName
        self.siteID = siteID
        self.siteName = siteName
        self.street = street
        self.postalCode = postalCode
        self.city = city
        self.registration = registration
        self.isConnected = isConnected
        self.lastMessageAt = lastMessageAt
        self.vendor = vendor
        self.model = model
        self.firmwareVersion = firmwareVersion
        self.connectors = connectors
        self.openAlarmCount = openAlarmCount
        self.worstAlarmSeverity = worstAlarmSeverity
    }

    /// The one word the list shows for this station.
    package var condition: StationCondition {
        StationCondition(
            isConnected: isConnected, registration: registration, connectorStatuses: connectors.map(\.status))
    }
}

/// A connector's latest status, as a fleet row carries it.
package struct ConnectorState: Sendable, Equatable, Codable {
    package var connector: ConnectorNumber
    /// OCPP ChargePointStatus as sent.
    package var status: String
    /// OCPP ChargePointErrorCode as sent.
    package var errorCode: String
    package var since: Date

    package init(connector: ConnectorNumber, status: String, errorCode: String, since: Date) {
        self.connector = connector
        self.status = status
        self.errorCode = errorCode
        self.since = since
    }
}
