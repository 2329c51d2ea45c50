import Domain
import Foundation
import GRDB
import Storage
import Testing

@Suite("Migrations")
struct MigrationsTests {
    @Test("migrating an empty database applies every migration in order and creates every table")
    func emptyDatabase() async throws {
        let database = try LeitstandDatabase.inMemory()
        let (migrations, tables) = try await database.reader.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            )
        }
        #expect(
            migrations == [
                "v1-fleet", "v2-charging", "v3-station-traffic", "v4-alarms", "v5-accounts", "v6-journal-moved-out",
                "v7-status-chains", "v8-meter-chains",
            ])
        let expected: Set = [
            "customers", "customer_contacts", "sites", "stations", "connectors", "status_history", "charging_cards",
            "transactions", "meter_values", "authorization_attempts", "data_transfers",
            "station_notifications", "command_log", "alarms", "accounts", "login_sessions",
        ]
        #expect(expected.isSubset(of: tables))
    }

    @Test("the frame journal lives in a file of its own beside the database, with its own migrations")
    func journalFile() async throws {
        #expect(LeitstandDatabase.journalPath(for: "/data/leitstand.sqlite") == "/data/leitstand.journal.sqlite")
        #expect(LeitstandDatabase.journalPath(for: "/data/fleet") == "/data/fleet.journal.sqlite")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("leitstand.sqlite").path
        let database = try LeitstandDatabase.open(path: path)
        try await database.appendJournal([Fixture.journalEntry(Fixture.cp1, at: 1, "frame")])
        try database.close()

        let journal = try DatabaseQueue(path: LeitstandDatabase.journalPath(for: path))
        let (migrations, texts) = try await journal.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                try String.fetchAll(db, sql: "SELECT text FROM frame_journal")
            )
        }
        #expect(migrations == ["v1-frame-journal", "v2-station-chains"])
        #expect(texts == ["frame"])
    }

    @Test("a journal written before the station chains is chained in order of arrival when it is migrated")
    func journalChainsMigration() async throws {
        try await Fixture.withDatabasePath { path in
            let oldJournal = try DatabaseQueue(path: LeitstandDatabase.journalPath(for: path))
            try await oldJournal.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                        INSERT INTO grdb_migrations VALUES ('v1-frame-journal');
                        CREATE TABLE frame_journal (
                            id INTEGER PRIMARY KEY, station_id TEXT NOT NULL, at REAL NOT NULL,
                            direction TEXT NOT NULL, text TEXT NOT NULL);
                        CREATE INDEX frame_journal_by_station ON frame_journal(station_id, at);
                        CREATE INDEX frame_journal_by_time ON frame_journal(at);
                        INSERT INTO frame_journal (station_id, at, direction, text) VALUES
                            ('CP-1', 1, 'in', 'a1'), ('CP-2', 2, 'in', 'b1'),
                            ('CP-1', 3, 'out', 'a2'), ('CP-1', 4, 'in', 'a3');
                        """)
            }
            try oldJournal.close()

            let database = try LeitstandDatabase.open(path: path)
            defer { try? database.close() }
            try await database.appendJournal([Fixture.journalEntry(Fixture.cp1, at: 5, "a4")])
            #expect(
                try await database.journal(station: Fixture.cp1, limit: 10).map(\.text) == ["a4", "a3", "a2", "a1"])
            #expect(try await database.journal(station: Fixture.cp2, limit: 10).map(\.text) == ["b1"])
        }
    }

    @Test("foreign keys are enforced: a site of an unknown customer is refused")
    func foreignKeys() async throws {
        let database = try LeitstandDatabase.inMemory()
        await #expect(throws: DatabaseError.self) { try await database.saveSites([Fixture.site]) }
        #expect(try await database.sites().isEmpty)
    }
}
