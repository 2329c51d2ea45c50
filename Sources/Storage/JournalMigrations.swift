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
}
