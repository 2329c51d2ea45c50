import Domain
import Foundation
import GRDB
import Storage
import Testing

@Suite("Database file")
struct DatabaseFileTests {
    /// A fresh path two folders deep in the temporary directory; its folders do not exist yet.
    private static func temporaryPath() -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leitstand-\(UUID().uuidString)")
        return (folder, folder.appendingPathComponent("data/leitstand.sqlite").path)
    }

    @Test("a database file is opened in WAL mode, and a reopened file has the data and continues transaction ids")
    func reopen() async throws {
        let (folder, path) = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }

        let first = try LeitstandDatabase.open(path: path)
        try await first.saveCustomers([Fixture.customer])
        try await first.saveSites([Fixture.site])
        try await first.saveStations([Fixture.station(Fixture.cp1)])
        let firstID = try await first.startSession(Fixture.start(Fixture.cp1, at: 0))
        let journalMode = try await first.reader.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journalMode == "wal")
        try first.close()

        let reopened = try LeitstandDatabase.open(path: path)
        #expect(try await reopened.station(Fixture.cp1) == Fixture.station(Fixture.cp1))
        #expect(try await reopened.session(firstID)?.meterStartWh == 1_000)
        let secondID = try await reopened.startSession(Fixture.start(Fixture.cp1, connector: 2, at: 10))
        #expect(secondID > firstID)
        try reopened.close()
    }

    @Test("durability full makes every commit wait for the disk")
    func fullDurability() async throws {
        let (folder, path) = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        let normal = try LeitstandDatabase.open(path: path)
        #expect(try Self.synchronousSetting(normal) == 1)
        try normal.close()
        let full = try LeitstandDatabase.open(path: path, durability: .full)
        #expect(try Self.synchronousSetting(full) == 2)
        try full.close()
    }

    @Test("the checkpointer copies the writer's log from its own connection; the writer's own checkpoint waits longer")
    func checkpointer() async throws {
        let (folder, path) = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try LeitstandDatabase.open(path: path)
        defer { try? database.close() }
        let checkpointer = try #require(database.checkpointer)
        #expect(try LeitstandDatabase.inMemory().checkpointer == nil)

        try await database.saveCustomers([Fixture.customer])
        try await database.saveSites([Fixture.site])
        try await database.saveStations((1...50).map { Fixture.station(StationID("CP-\($0)")!) })
        let pass = try await checkpointer.checkpoint()
        #expect(pass.logFrames > 0)
        #expect(pass.copiedFrames == pass.logFrames)
        let pool = try #require(database.reader as? DatabasePool)
        let threshold = try await pool.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint")
        }
        #expect(threshold == 8_000)
    }

    /// `PRAGMA synchronous` of the writer connection (a per-connection setting): 1 is NORMAL, 2 is FULL.
    private static func synchronousSetting(_ database: LeitstandDatabase) throws -> Int? {
        let pool = try #require(database.reader as? DatabasePool)
        return try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
    }
}
