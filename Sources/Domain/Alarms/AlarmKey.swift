/// What one alarm is about: a station, a kind and, for some kinds, a connector or a transaction.
///
/// At most one alarm per key is uncleared at a time; the monitors raise, update and clear by key.
package struct AlarmKey: Sendable, Hashable, Codable {
    package var stationID: StationID
    package var kind: AlarmKind
    /// The connector of a `connectorFaulted` or `transactionOpenTooLong` alarm; nil for station-wide kinds.
    package var connector: ConnectorNumber?
    /// The transaction of a `transactionOpenTooLong` alarm; nil for every other kind.
    package var transaction: TransactionID?

    package init(
        stationID: StationID, kind: AlarmKind, connector: ConnectorNumber? = nil, transaction: TransactionID? = nil
    ) {
        self.stationID = stationID
        self.kind = kind
        self.connector = connector
        self.transaction = transaction
    }
}
