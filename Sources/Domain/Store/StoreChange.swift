import Foundation

/// One change the backend asks the store to make durable. Changes are applied in batches (group commit),
/// each in its own savepoint, so that one failing change does not fail its neighbours.
package enum StoreChange: Sendable, Equatable {
    /// A BootNotification arrived: remember what the station said and when. The receipt carries the station's
    /// registration; a station the store does not know is refused.
    case stationBooted(StationID, StationIdentity, at: Date)
    /// A station connected unannounced and was let in as pending registration.
    case stationPendingRegistration(StationID, at: Date)
    case statusReported(StatusReport)
    /// A StartTransaction to be given a durable transaction id (the outcome carries it).
    case transactionStarted(TransactionStart)
    /// A StopTransaction; a stop for a transaction the store does not know is kept too.
    case transactionStopped(TransactionID, stationID: StationID, SessionStop)
    case meterValuesReported([MeterReading])
    /// An id tag to judge and keep as an authorization attempt; the receipt carries the decision.
    case cardPresented(CardPresentation)
    /// A FirmwareStatusNotification or DiagnosticsStatusNotification (`kind` is the action name, `status` as sent).
    case stationNotified(StationID, kind: String, status: String, at: Date)
    /// A DataTransfer from a station, kept as JSON text.
    case dataTransferReceived(StationID, vendorID: String, messageID: String?, dataJSON: String?, at: Date)
    /// A command about to be sent; the outcome carries the log entry's id.
    case commandLogged(CommandLogEntry)
    case commandAnswered(logID: Int64, CommandOutcome, at: Date)
}

/// The facts of a StartTransaction, before the store has numbered it.
package struct TransactionStart: Sendable, Equatable {
    package var stationID: StationID
    package var connector: ConnectorNumber
    package var idTag: IdTag
    package var billing: SessionBilling?
    package var meterStartWh: Int64
    package var startedAt: Date
    package var reservationID: Int64?

    package init(
        stationID: StationID, connector: ConnectorNumber, idTag: IdTag, billing: SessionBilling?, meterStartWh: Int64,
        startedAt: Date, reservationID: Int64?
    ) {
        self.stationID = stationID
        self.connector = connector
        self.idTag = idTag
        self.billing = billing
        self.meterStartWh = meterStartWh
        self.startedAt = startedAt
        self.reservationID = reservationID
    }
}

/// What the store reports back for one applied change.
package enum StoreReceipt: Sendable, Equatable {
    case applied
    case transactionNumbered(TransactionID)
    case commandLogged(id: Int64)
    case stationRegistration(RegistrationState)
    case cardDecided(CardDecision)
}
