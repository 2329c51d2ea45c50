import Domain
import Foundation
import GRDB

/// Leitstand's SQLite database: the `LeitstandStore` on GRDB.
///
/// Wraps two `DatabaseWriter`s for the process's life, each a `DatabasePool` in WAL mode for a file (concurrent
/// reads beside the one writer), or an in-memory `DatabaseQueue` for tests: the records, and beside them the frame
/// journal in a file of its own (`journalPath(for:)`), so that the two are written in parallel. Both schemas are
/// migrated on creation. A file-backed database also has a `WALCheckpointer` for the records, which the backend runs.
/// Times are stored as REAL seconds since 1970 (see `Migrations`), so sub-microsecond precision is not kept.
package struct LeitstandDatabase: LeitstandStore {
    /// How hard a commit waits for the disk.
    package enum Durability: Sendable {
        /// `synchronous = NORMAL` in WAL mode: a committed transaction survives a crash or SIGKILL of the
        /// process; only a power loss or an OS crash can lose the last commits (the file stays consistent).
        case normal
        /// `synchronous = FULL`: commits survive a power loss too, at the cost of an fsync per commit.
        case full
    }

    /// How long a write waits for another process (a `leitstand` command, the sqlite3 shell) to release the file.
    package static let busyTimeout: TimeInterval = 5

    let writer: any DatabaseWriter
    let journalWriter: any DatabaseWriter
    /// The journal's station heads as its writer last committed them.
    let journalHeads = JournalHeadCache()
    /// Each transaction's newest meter reading, as the records' writer knows it.
    let meterChains: MeterChainHeads
    /// Copies the records' log into their file beside the writer; nil in memory.
    package let checkpointer: WALCheckpointer?

    /// Wraps the two writers, made with `configuration()`, and migrates their schemas.
    init(
        _ writer: any DatabaseWriter, journal journalWriter: any DatabaseWriter, checkpointer: WALCheckpointer? = nil,
        meterChains: MeterChainHeads = MeterChainHeads()
    ) throws {
        self.writer = writer
        self.meterChains = meterChains
        self.journalWriter = journalWriter
        self.checkpointer = checkpointer
        try Migrations.migrator.migrate(writer)
        try JournalMigrations.migrator.migrate(journalWriter)
    }

    /// The frame journal's file beside the database file at `path`: `data/leitstand.sqlite` keeps its journal in
    /// `data/leitstand.journal.sqlite`.
    package static func journalPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(stem).journal.sqlite").path
    }

    /// Opens (creating it and its folder if needed) the database file at `path`, and migrates it.
    ///
    /// Blocks while it opens and migrates: call it once at startup, never on an event loop.
    package static func open(path: String, durability: Durability = .normal) throws -> LeitstandDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StorageError(
                .cannotOpen, detail: "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            let synchronous =
                switch durability {
                case .normal: "NORMAL"
                case .full: "FULL"
                }
            try pool.writeWithoutTransaction { db in
                // GRDB sets NORMAL when it turns WAL on; this states it, or raises it to FULL.
                try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(WALCheckpointer.writerThreshold)")
            }
            let journal = try DatabasePool(path: journalPath(for: path), configuration: configuration())
            let checkpointer = try WALCheckpointer(path: path, configuration: configuration())
            return try LeitstandDatabase(pool, journal: journal, checkpointer: checkpointer)
        } catch let error as DatabaseError {
            throw StorageError(
                .cannotOpen, detail: "cannot open or migrate \(path) or its journal \(journalPath(for: path))",
                underlying: error)
        }
    }

    /// A new, empty, migrated database in memory: for tests.
    package static func inMemory() throws -> LeitstandDatabase {
        try LeitstandDatabase(
            DatabaseQueue(configuration: configuration()), journal: DatabaseQueue(configuration: configuration()))
    }

    /// Read access for queries the store's methods do not cover (tests, diagnostics).
    package var reader: any DatabaseReader { writer }

    /// Closes the database and its journal; later calls fail. In WAL mode this checkpoints the logs into the files.
    package func close() throws {
        try checkpointer?.close()
        try writer.close()
        try journalWriter.close()
    }

    /// Foreign keys on, a busy timeout. WAL needs no setting: a `DatabasePool` always turns it on.
    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "Leitstand"
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // Savepoints (one per change of a batch) keep their statement journals in memory, not in temp files.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // 64 MiB of page cache per connection: the indexes of 10,000 stations' traffic stay in memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }
}
