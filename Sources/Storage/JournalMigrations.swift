import GRDB

/// The schema of the frame journal's own file, one registered migration per step (conventions as in `Migrations`).
///
/// The journal lives apart from the records so that its writes, two per message and never acknowledged, run
/// beside the acknowledged changes instead of between them. Its station ids are not foreign keys: the file
/// cannot reference the other, and a log keeps what was said even by a station since removed.
enum JournalMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-frame-journal") { db in try db.execute(sql: frameJournal) }
        migrator.registerMigration("v2-station-chains") { db in try db.execute(sql: stationChains) }
        return migrator
    }

    private static let frameJournal = """
        CREATE TABLE frame_journal (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL,
            at REAL NOT NULL,
            direction TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX frame_journal_by_station ON frame_journal(station_id, at);
        CREATE INDEX frame_journal_by_time ON frame_journal(at);
        """

    /// Each frame points to its station's previous one, and a small table holds each station's newest frame, in
    /// place of the index by station.
    ///
    /// That index took one random page per frame: with 10,000 stations talking at once, nearly every frame dirtied a
    /// page of its own, which made the index most of the journal's writing. The chain makes the journal append-only
    /// but for `frame_journal_head`, whose one row per station fits in a few pages. Existing frames are chained in
    /// their order of arrival.
    private static let stationChains = """
        ALTER TABLE frame_journal ADD COLUMN previous_id INTEGER;
        CREATE TABLE frame_journal_head (
            station_id TEXT PRIMARY KEY NOT NULL,
            last_id INTEGER NOT NULL
        ) WITHOUT ROWID;
        UPDATE frame_journal SET previous_id = chained.previous_id
            FROM (SELECT id, lag(id) OVER (PARTITION BY station_id ORDER BY id) AS previous_id FROM frame_journal)
                AS chained
            WHERE frame_journal.id = chained.id AND chained.previous_id IS NOT NULL;
        INSERT INTO frame_journal_head (station_id, last_id)
            SELECT station_id, max(id) FROM frame_journal GROUP BY station_id;
        DROP INDEX frame_journal_by_station;
        """
}
