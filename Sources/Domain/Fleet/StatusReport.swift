import Foundation

/// One StatusNotification as received: a line of a connector's status history.
package struct StatusReport: Sendable, Equatable, Codable {
    package var stationID: StationID
    package var connector: ConnectorNumber
    /// OCPP ChargePointStatus as sent (`Available`, `Faulted`, …).
    package var status: String
    /// OCPP ChargePointErrorCode as sent (`NoError`, `GroundFailure`, …).
    package var errorCode: String
    package var info: String?
    package var vendorID: String?
    package var vendorErrorCode: String?
    /// When the station says it happened; the receive time where the station gave none.
    package var timestamp: Date
    package var receivedAt: Date

    package init(
        stationID: StationID, connector: ConnectorNumber, status: String, errorCode: String, info: String?,
        vendorID: String?, vendorErrorCode: String?, timestamp: Date, receivedAt: Date
    ) {
        self.stationID = stationID
        self.connector = connector
        self.status = status
        self.errorCode = errorCode
        self.info = info
        self.vendorID = vendorID
        self.vendorErrorCode = vendorErrorCode
        self.timestamp = timestamp
        self.receivedAt = receivedAt
    }
}
