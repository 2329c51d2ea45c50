import Domain
import GRDB

/// A row of `status_history`: one StatusNotification as received.
///
/// Inserted through a cached statement (it is on the batch's hot path), hence not `PersistableRecord`.
struct StatusHistoryRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "status_history"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case connector, status
        case errorCode = "error_code"
        case info
        case vendorID = "vendor_id"
        case vendorErrorCode = "vendor_error_code"
        case timestamp
        case receivedAt = "received_at"
    }

    var report: StatusReport

    init(row: Row) throws {
        report = StatusReport(
            stationID: try row.stationID(Columns.stationID, table: Self.databaseTableName),
            connector: try row.decode(forColumn: Columns.connector),
            status: try row.decode(forColumn: Columns.status),
            errorCode: try row.decode(forColumn: Columns.errorCode),
            info: try row.decode(forColumn: Columns.info),
            vendorID: try row.decode(forColumn: Columns.vendorID),
            vendorErrorCode: try row.decode(forColumn: Columns.vendorErrorCode),
            timestamp: try row.date(Columns.timestamp),
            receivedAt: try row.date(Columns.receivedAt))
    }

    /// Appends `report`, chained to its connector's previous report (`previous_id`, see `Migrations`); returns
    /// its id, which the connector's row then keeps as its newest.
    static func insert(_ report: StatusReport, in db: Database) throws -> Int64 {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO status_history (station_id, connector, status, error_code, info, vendor_id,
                    vendor_error_code, timestamp, received_at, previous_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (SELECT last_history_id FROM connectors WHERE station_id = ? AND number = ?))
                """)
        try statement.execute(arguments: arguments(report) + [report.stationID.rawValue, report.connector])
        return db.lastInsertedRowID
    }

    /// A station's newest `limit` reports, newest first, found by walking each connector's chain back from the
    /// connector's row.
    static func newest(of station: StationID, limit: Int, in db: Database) throws -> [StatusHistoryRecord] {
        try StatusHistoryRecord.fetchAll(
            db,
            sql: """
                WITH RECURSIVE chain(id, depth) AS (
                    SELECT last_history_id, 1 FROM connectors
                    WHERE station_id = :station AND last_history_id IS NOT NULL
                    UNION ALL
                    SELECT report.previous_id, chain.depth + 1 FROM status_history AS report JOIN chain ON report.id = chain.id
                    WHERE report.previous_id IS NOT NULL AND chain.depth < :limit
                )
                SELECT report.* FROM chain JOIN status_history AS report ON report.id = chain.id
                ORDER BY report.id DESC
                LIMIT :limit
                """,
            arguments: ["station": station.rawValue, "limit": limit])
    }

    /// The report's values in the column order both status statements use.
    static func arguments(_ report: StatusReport) -> StatementArguments {
        [
            report.stationID.rawValue, report.connector, report.status, report.errorCode, report.info,
            report.vendorID, report.vendorErrorCode, report.timestamp.timeIntervalSince1970,
            report.receivedAt.timeIntervalSince1970,
        ]
    }
}
