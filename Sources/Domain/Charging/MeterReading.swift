import Foundation

/// One MeterValues entry (a timestamp with its sampled values), kept whole: every key and value the station sent.
///
/// Signed meter data (format `SignedData`) must survive unchanged for billing disputes, so the sampled
/// values stay JSON text; `energyWh` is extracted for quick reading when the station reported one.
package struct MeterReading: Sendable, Equatable, Codable {
    package var stationID: StationID
    package var connector: ConnectorNumber
    package var transactionID: TransactionID?
    package var timestamp: Date
    /// The `sampledValue` array as JSON text: every key and value as received (signed meter data unchanged),
    /// written compact with keys sorted.
    package var sampledValuesJSON: String
    /// `Energy.Active.Import.Register` in Wh, where present and plain.
    package var energyWh: Double?

    package init(
        stationID: StationID, connector: ConnectorNumber, transactionID: TransactionID?, timestamp: Date,
        sampledValuesJSON: String, energyWh: Double?
    ) {
        self.stationID = stationID
        self.connector = connector
        self.transactionID = transactionID
        self.timestamp = timestamp
        self.sampledValuesJSON = sampledValuesJSON
        self.energyWh = energyWh
    }
}
