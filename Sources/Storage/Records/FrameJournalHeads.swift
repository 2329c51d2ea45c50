import Domain
import GRDB

/// `frame_journal_head`: the id of each station's newest journaled frame, where the walk back along its chain
/// begins (see `JournalMigrations`).
enum FrameJournalHeads {
    /// The newest frame's id of every station that has one.
    static func all(in db: Database) throws -> [StationID: Int64] {
        var heads: [StationID: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT station_id, last_id FROM frame_journal_head")
        while let row = try rows.next() {
            if let station = StationID(row[0] as String) { heads[station] = row[1] }
        }
        return heads
    }

    /// Makes `heads` the stations' newest frames.
    static func save(_ heads: [StationID: Int64], in db: Database) throws {
        for chunk in Array(heads).slices(of: stationsPerStatement) {
            let rows = repeatElement("(?, ?)", count: chunk.count).joined(separator: ", ")
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO frame_journal_head (station_id, last_id) VALUES \(rows)
                    ON CONFLICT (station_id) DO UPDATE SET last_id = excluded.last_id
                    """)
            var arguments = StatementArguments()
            for (station, id) in chunk { arguments += [station.rawValue, id] }
            try statement.execute(arguments: arguments)
        }
    }

    /// Forgets the heads of stations whose every frame was pruned.
    static func removeDangling(in db: Database) throws {
        try db.execute(sql: "DELETE FROM frame_journal_head WHERE last_id NOT IN (SELECT id FROM frame_journal)")
    }

    /// 2 arguments a row, well below SQLite's limit of 32,766 per statement.
    static let stationsPerStatement = 100
}
