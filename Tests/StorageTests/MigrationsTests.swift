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
        #expect(migrations == ["v1-fleet", "v2-charging", "v3-station-traffic", "v4-alarms", "v5-accounts"])
        let expected: Set = [
            "customers", "customer_contacts", "sites", "stations", "connectors", "status_history", "charging_cards",
            "transactions", "meter_values", "authorization_attempts", "frame_journal", "data_transfers",
            "station_notifications", "command_log", "alarms", "accounts", "login_sessions",
        ]
        #expect(expected.isSubset(of: tables))
    }

    @Test("foreign keys are enforced: a site of an unknown customer is refused")
    func foreignKeys() async throws {
        let database = try LeitstandDatabase.inMemory()
        await #expect(throws: DatabaseError.self) { try await database.saveSites([Fixture.site]) }
        #expect(try await database.sites().isEmpty)
    }
}
