import Domain
import Foundation
import GRDB

/// A row of `transactions`: a charging session, whose rowid is the OCPP transactionId.
///
/// A StopTransaction for an id the store does not know is kept as a stop-only row (`is_stop_only`), its start
/// columns null, so that the meter values a station reports are never lost.
struct TransactionRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "transactions"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case connector
        case idTag = "id_tag"
        case billing
        case meterStartWh = "meter_start_wh"
        case startedAt = "started_at"
        case reservationID = "reservation_id"
        case meterStopWh = "meter_stop_wh"
        case stoppedAt = "stopped_at"
        case stopReason = "stop_reason"
        case stopIDTag = "stop_id_tag"
        case transactionData = "transaction_data"
        case isStopOnly = "is_stop_only"
    }

    /// How a StopTransaction met the stored transactions.
    enum StopMatch: Equatable {
        /// The transaction was known and is now stopped.
        case stopped
        /// No transaction had the id: the stop was kept as a stop-only row.
        case keptWithoutStart
        /// The id belongs to another station's transaction; nothing was written.
        case belongsToOtherStation(String)
    }

    var id: Int64?
    var stationID: StationID
    var start: TransactionStart?
    var stop: SessionStop?

    init(row: Row) throws {
        let table = Self.databaseTableName
        id = try row.decode(forColumn: Columns.id)
        stationID = try row.stationID(Columns.stationID, table: table)
        if try !row.decode(Bool.self, forColumn: Columns.isStopOnly) {
            start = TransactionStart(
                stationID: stationID, connector: try row.decode(forColumn: Columns.connector),
                idTag: IdTag(try row.decode(String.self, forColumn: Columns.idTag)),
                billing: try row.optionalValue(SessionBilling.self, Columns.billing, table: table),
                meterStartWh: try row.decode(forColumn: Columns.meterStartWh),
                startedAt: try row.date(Columns.startedAt),
                reservationID: try row.decode(forColumn: Columns.reservationID))
        }
        if let stoppedAt = try row.optionalDate(Columns.stoppedAt) {
            stop = SessionStop(
                meterStopWh: try row.decode(forColumn: Columns.meterStopWh), stoppedAt: stoppedAt,
                reason: try row.decode(forColumn: Columns.stopReason),
                idTag: try row.decode(String?.self, forColumn: Columns.stopIDTag).map { IdTag($0) },
                transactionDataJSON: try row.decode(forColumn: Columns.transactionData))
        }
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.stationID] = stationID.rawValue
        container[Columns.connector] = start?.connector
        container[Columns.idTag] = start?.idTag.rawValue
        container[Columns.billing] = start?.billing?.rawValue
        container[Columns.meterStartWh] = start?.meterStartWh
        container[Columns.startedAt] = start?.startedAt.timeIntervalSince1970
        container[Columns.reservationID] = start?.reservationID
        container[Columns.meterStopWh] = stop?.meterStopWh
        container[Columns.stoppedAt] = stop?.stoppedAt.timeIntervalSince1970
        container[Columns.stopReason] = stop?.reason
        container[Columns.stopIDTag] = stop?.idTag?.rawValue
        container[Columns.transactionData] = stop?.transactionDataJSON
        container[Columns.isStopOnly] = start == nil
    }

    /// The session, or nil for a stop-only row.
    var session: ChargingSession? {
        guard let id, let start else { return nil }
        return ChargingSession(
            id: TransactionID(id), stationID: stationID, connector: start.connector, idTag: start.idTag,
            billing: start.billing, meterStartWh: start.meterStartWh, startedAt: start.startedAt,
            reservationID: start.reservationID, stop: stop)
    }

    /// Inserts a started transaction; returns the id it was given.
    static func insert(_ start: TransactionStart, in db: Database) throws -> TransactionID {
        // A cached statement: it runs inside the commit for every StartTransaction.
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO transactions (station_id, connector, id_tag, billing, meter_start_wh, started_at,
                    reservation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            start.stationID.rawValue, start.connector, start.idTag.rawValue, start.billing?.rawValue,
            start.meterStartWh, start.startedAt.timeIntervalSince1970, start.reservationID,
        ])
        return TransactionID(db.lastInsertedRowID)
    }

    /// Stops transaction `id` of `station`, or keeps the stop as a stop-only row when no transaction has that id.
    static func recordStop(
        _ id: TransactionID, station: StationID, _ stop: SessionStop, in db: Database
    ) throws -> StopMatch {
        let update = try db.cachedStatement(
            sql: """
                UPDATE transactions SET meter_stop_wh = ?, stopped_at = ?, stop_reason = ?, stop_id_tag = ?,
                    transaction_data = ?
                WHERE id = ? AND station_id = ?
                """)
        try update.execute(arguments: [
            stop.meterStopWh, stop.stoppedAt.timeIntervalSince1970, stop.reason, stop.idTag?.rawValue,
            stop.transactionDataJSON, id.rawValue, station.rawValue,
        ])
        if db.changesCount > 0 { return .stopped }
        let owner = try String.fetchOne(
            db, sql: "SELECT station_id FROM transactions WHERE id = ?", arguments: [id.rawValue])
        if let owner { return .belongsToOtherStation(owner) }
        var record = TransactionRecord(stopOnly: id, station: station)
        record.stop = stop
        try record.insert(db)
        return .keptWithoutStart
    }

    private init(stopOnly id: TransactionID, station: StationID) {
        self.id = id.rawValue
        stationID = station
    }
}

extension TransactionRecord {
    /// The stop of a stop-only row, or nil for a session.
    var unmatchedStop: UnmatchedStop? {
        guard let id, start == nil, let stop else { return nil }
        return UnmatchedStop(transactionID: TransactionID(id), stationID: stationID, stop: stop)
    }
}
