import GRDB

/// Copies the records' write-ahead log into the database file from a connection of its own, so that the writer
/// rarely stops for it.
///
/// Left alone, SQLite's writer checkpoints by itself after the commit that takes the log past `wal_autocheckpoint`
/// pages: it copies the log and waits for two fsyncs, and every acknowledgement queued behind it waits as well
/// (30–90 ms on this project's machine, about once a second at 5,000 messages per second). Passive checkpoints
/// from here, every `interval`, copy the log while the writer goes on; the writer's own checkpoint, its threshold
/// raised to `writerThreshold` pages, is then left with what came since the last pass, and resets the log.
package struct WALCheckpointer: Sendable {
    /// How often `checkpoint()` is meant to run.
    package static let interval = Duration.milliseconds(100)
    /// The writer's own checkpoint threshold, in pages of the log (32 MiB at 4 KiB a page).
    static let writerThreshold = 8_000

    /// What one checkpoint found and did.
    package struct Pass: Sendable, Equatable {
        /// Frames in the log.
        package var logFrames: Int
        /// Frames of the log that are in the database file now.
        package var copiedFrames: Int
    }

    private let connection: DatabaseQueue

    /// A checkpointer for the database file at `path`, with a connection of its own.
    init(path: String, configuration: Configuration) throws {
        connection = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// One passive checkpoint: copies every frame no reader still needs and waits for no one. Fails with
    /// `SQLITE_BUSY` while the writer runs its own checkpoint.
    package func checkpoint() async throws -> Pass {
        let (log, copied) = try await connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        return Pass(logFrames: log, copiedFrames: copied)
    }

    func close() throws {
        try connection.close()
    }
}
