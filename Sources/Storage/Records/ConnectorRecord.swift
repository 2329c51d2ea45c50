import Domain
import GRDB

/// A row of `connectors`: the latest status report of one connector, kept current by every StatusNotification.
///
/// Upserted through a cached statement (it is on the batch's hot path), hence not `PersistableRecord`.
struct ConnectorRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "connectors"

    enum Columns: String, ColumnExpression {
        case stationID = "station_id"
        case number, status
        case errorCode = "error_code"
        case info
        case vendorID = "vendor_id"
        case vendorErrorCode = "vendor_error_code"
        case timestamp
        case updatedAt = "updated_at"
    }

    var report: StatusReport

    init(row: Row) throws {
        report = StatusReport(
            stationID: try row.stationID(Columns.stationID, table: Self.databaseTableName),
            connector: try row.decode(forColumn: Columns.number),
            status: try row.decode(forColumn: Columns.status),
            errorCode: try row.decode(forColumn: Columns.errorCode),
            info: try row.decode(forColumn: Columns.info),
            vendorID: try row.decode(forColumn: Columns.vendorID),
            vendorErrorCode: try row.decode(forColumn: Columns.vendorErrorCode),
            timestamp: try row.date(Columns.timestamp),
            receivedAt: try row.date(Columns.updatedAt))
    }

    /// Makes `report`, kept in the history as `historyID`, the connector's current status: the last report
    /// received wins, as OCPP delivers a station's messages in order.
    static func upsert(_ report: StatusReport, historyID: Int64, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO connectors (station_id, number, status, error_code, info, vendor_id, vendor_error_code,
                    timestamp, updated_at, last_history_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(station_id, number) DO UPDATE SET
                    status = excluded.status, error_code = excluded.error_code, info = excluded.info,
                    vendor_id = excluded.vendor_id, vendor_error_code = excluded.vendor_error_code,
                    timestamp = excluded.timestamp, updated_at = excluded.updated_at,
                    last_history_id = excluded.last_history_id
                """)
        try statement.execute(arguments: StatusHistoryRecord.arguments(report) + [historyID])
    }
}
