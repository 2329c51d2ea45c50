import Domain

/// A StopTransaction for a transaction id the store did not know, kept so its meter data is not lost.
///
/// Such stops come from a station that started a session against another central system, or before a
/// database was restored. They are not `ChargingSession`s: their start is unknown.
package struct UnmatchedStop: Sendable, Equatable {
    package var transactionID: TransactionID
    package var stationID: StationID
    package var stop: SessionStop

    package init(transactionID: TransactionID, stationID: StationID, stop: SessionStop) {
        self.transactionID = transactionID
        self.stationID = stationID
        self.stop = stop
    }
}
