import Domain
import GRDB

/// A row of `frame_journal`: one frame a station sent or received, as on the wire, chained to the station's
/// previous frame (`previous_id`, see `JournalMigrations`).
///
/// Inserted through cached multi-row statements (it is on the hot path), hence not `PersistableRecord`.
struct FrameJournalRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "frame_journal"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case at, direction, text
        case previousID = "previous_id"
    }

    var entry: JournalEntry

    init(row: Row) throws {
        entry = JournalEntry(
            stationID: try row.stationID(Columns.stationID, table: Self.databaseTableName),
            at: try row.date(Columns.at),
            direction: try row.value(FrameDirection.self, Columns.direction, table: Self.databaseTableName),
            text: try row.decode(forColumn: Columns.text))
    }

    /// Inserts `entries` in order, each chained to its station's frame before it, and moves the stations' heads
    /// to their newest frames, in the table and in `heads` (every station's head, as committed before): a few
    /// cached statements instead of one per frame, which is most of the cost of a small row. Ids are handed out
    /// here so that a frame can point to one inserted by the same statement.
    static func insert(_ entries: [JournalEntry], heads: inout [StationID: Int64], in db: Database) throws {
        guard !entries.isEmpty else { return }
        var moved: [StationID: Int64] = [:]
        var nextID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM frame_journal") ?? 0) + 1
        for chunk in entries.slices(of: rowsPerStatement) {
            let sql = chunk.count == rowsPerStatement ? fullInsert : insertSQL(rows: chunk.count)
            let statement = try db.cachedStatement(sql: sql)
            var arguments = StatementArguments()
            for entry in chunk {
                arguments += [
                    nextID, entry.stationID.rawValue, entry.at.timeIntervalSince1970, entry.direction.rawValue,
                    entry.text, heads[entry.stationID],
                ]
                heads[entry.stationID] = nextID
                moved[entry.stationID] = nextID
                nextID += 1
            }
            try statement.execute(arguments: arguments)
        }
        try FrameJournalHeads.save(moved, in: db)
    }

    /// A station's newest `limit` frames, newest first, found by walking its chain back from its head.
    ///
    /// The walk stops at a frame pruned away, and checks the station at each step, so that a head left pointing
    /// at an id handed out again (after every frame was pruned) cannot lead into another station's frames.
    static func newest(of station: StationID, limit: Int, in db: Database) throws -> [FrameJournalRecord] {
        try FrameJournalRecord.fetchAll(
            db,
            sql: """
                WITH RECURSIVE chain(id, depth) AS (
                    SELECT last_id, 1 FROM frame_journal_head WHERE station_id = :station
                    UNION ALL
                    SELECT frame.previous_id, chain.depth + 1 FROM frame_journal AS frame JOIN chain ON frame.id = chain.id
                    WHERE frame.station_id = :station AND frame.previous_id IS NOT NULL AND chain.depth < :limit
                )
                SELECT frame.* FROM chain JOIN frame_journal AS frame ON frame.id = chain.id
                WHERE frame.station_id = :station
                ORDER BY frame.id DESC
                """,
            arguments: ["station": station.rawValue, "limit": limit])
    }

    /// 6 arguments a row stay well below SQLite's limit of 32,766 per statement.
    static let rowsPerStatement = 100

    /// The statement for a whole chunk, built once rather than for every chunk.
    private static let fullInsert = insertSQL(rows: rowsPerStatement)

    private static func insertSQL(rows: Int) -> String {
        let values = repeatElement("(?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        return "INSERT INTO frame_journal (id, station_id, at, direction, text, previous_id) VALUES \(values)"
    }
}
