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

    static func insert(_ report: StatusReport, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO status_history (station_id, connector, status, error_code, info, vendor_id,
                    vendor_error_code, timestamp, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: arguments(report))
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
