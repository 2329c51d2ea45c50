import Foundation

/// One charging session (an OCPP transaction), from StartTransaction to StopTransaction.
package struct ChargingSession: Sendable, Equatable, Codable {
    package var id: TransactionID
    package var stationID: StationID
    package var connector: ConnectorNumber
    package var idTag: IdTag
    package var billing: SessionBilling?
    package var meterStartWh: Int64
    package var startedAt: Date
    package var reservationID: Int64?
    package var stop: SessionStop?

    package init(
        id: TransactionID, stationID: StationID, connector: ConnectorNumber, idTag: IdTag, billing: SessionBilling?,
        meterStartWh: Int64, startedAt: Date, reservationID: Int64? = nil, stop: SessionStop? = nil
    ) {
        self.id = id
        self.stationID = stationID
        self.connector = connector
        self.idTag = idTag
        self.billing = billing
        self.meterStartWh = meterStartWh
        self.startedAt = startedAt
        self.reservationID = reservationID
        self.stop = stop
    }

    package var isOpen: Bool { stop == nil }

    /// Energy delivered in Wh, once stopped.
    package var energyWh: Int64? { stop.map { $0.meterStopWh - meterStartWh } }
}

/// How a session ended, as its StopTransaction reported it.
package struct SessionStop: Sendable, Equatable, Codable {
    package var meterStopWh: Int64
    package var stoppedAt: Date
    /// The OCPP stop reason as sent (`Local`, `EVDisconnected`, …); nil means `Local`.
    package var reason: String?
    package var idTag: IdTag?
    /// The `transactionData` meter values as JSON text, every key and value as the station sent them (keys
    /// sorted), if any.
    package var transactionDataJSON: String?

    package init(meterStopWh: Int64, stoppedAt: Date, reason: String?, idTag: IdTag?, transactionDataJSON: String?) {
        self.meterStopWh = meterStopWh
        self.stoppedAt = stoppedAt
        self.reason = reason
        self.idTag = idTag
        self.transactionDataJSON = transactionDataJSON
    }
}
