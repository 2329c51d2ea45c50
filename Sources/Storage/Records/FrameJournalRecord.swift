import Domain
import GRDB

/// A row of `frame_journal`: one frame a station sent or received, as on the wire.
///
/// Inserted through cached multi-row statements (it is on the hot path), hence not `PersistableRecord`.
struct FrameJournalRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "frame_journal"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case at, direction, text
    }

    var entry: JournalEntry

    init(row: Row) throws {
        entry = JournalEntry(
            stationID: try row.stationID(Columns.stationID, table: Self.databaseTableName),
            at: try row.date(Columns.at),
            direction: try row.value(FrameDirection.self, Columns.direction, table: Self.databaseTableName),
            text: try row.decode(forColumn: Columns.text))
    }

    /// Inserts `entries` in order, up to `rowsPerStatement` rows per statement: a few cached statements instead of
    /// one per frame, which is most of the cost of a small row.
    static func insert(_ entries: [JournalEntry], in db: Database) throws {
        var start = entries.startIndex
        while start < entries.endIndex {
            let chunk = entries[start..<min(start + rowsPerStatement, entries.endIndex)]
            let rows = repeatElement("(?, ?, ?, ?)", count: chunk.count).joined(separator: ", ")
            let statement = try db.cachedStatement(
                sql: "INSERT INTO frame_journal (station_id, at, direction, text) VALUES \(rows)")
            var arguments = StatementArguments()
            for entry in chunk {
                arguments += [
                    entry.stationID.rawValue, entry.at.timeIntervalSince1970, entry.direction.rawValue, entry.text,
                ]
            }
            try statement.execute(arguments: arguments)
            start = chunk.endIndex
        }
    }

    /// 4 arguments a row stay well below SQLite's limit of 32,766 per statement.
    static let rowsPerStatement = 100
}
