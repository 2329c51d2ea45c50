import Domain
import GRDB

/// A row of `frame_journal`: one frame a station sent or received, as on the wire.
///
/// Inserted through a cached statement (it is on the batch's hot path), hence not `PersistableRecord`.
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

    static func insert(_ entry: JournalEntry, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO frame_journal (station_id, at, direction, text) VALUES (?, ?, ?, ?)")
        try statement.execute(arguments: [
            entry.stationID.rawValue, entry.at.timeIntervalSince1970, entry.direction.rawValue, entry.text,
        ])
    }
}
