import Domain
import Foundation
import GRDB

/// The batched write path, and the history support reads. History comes newest first, by the time Leitstand
/// received or recorded it, ties broken by arrival order.
extension LeitstandDatabase {
    /// Applies `changes` in one write transaction; a refused change fails alone (see `ChangeWriter`).
    package func apply(_ changes: [StoreChange]) async throws -> [Result<StoreReceipt, StoreFailure>] {
        let chains = meterChains
        return try await writer.write { db in
            db.afterNextTransaction(onCommit: { _ in }, onRollback: { _ in chains.forget() })
            let results = try ChangeWriter.apply(changes, chains: chains, in: db)
            try chains.flushIfDue(in: db)
            return results
        }
    }

    /// The session with this transaction id; nil also for a stop without a known start (see `unmatchedStops`).
    package func session(_ id: TransactionID) async throws -> ChargingSession? {
        try await writer.read { db in try TransactionRecord.fetchOne(db, key: id.rawValue)?.session }
    }

    /// Sessions not stopped yet, newest first.
    package func openSessions() async throws -> [ChargingSession] {
        try await writer.read { db in
            try TransactionRecord.filter(TransactionRecord.Columns.stoppedAt == nil)
                .order(TransactionRecord.Columns.id.desc)
                .fetchAll(db).compactMap(\.session)
        }
    }

    /// A station's sessions, newest first.
    package func sessions(station: StationID, limit: Int) async throws -> [ChargingSession] {
        try await writer.read { db in
            try TransactionRecord
                .filter(TransactionRecord.Columns.stationID == station.rawValue)
                .filter(TransactionRecord.Columns.isStopOnly == false)
                .order(TransactionRecord.Columns.id.desc)
                .limit(limit)
                .fetchAll(db).compactMap(\.session)
        }
    }

    /// The sessions started with a card, newest first.
    package func sessions(idTag: IdTag, limit: Int) async throws -> [ChargingSession] {
        try await writer.read { db in
            try TransactionRecord
                .filter(TransactionRecord.Columns.idTag == idTag.rawValue)
                .order(TransactionRecord.Columns.id.desc)
                .limit(limit)
                .fetchAll(db).compactMap(\.session)
        }
    }

    /// A station's stops for transactions the store did not know, newest first.
    package func unmatchedStops(station: StationID, limit: Int) async throws -> [UnmatchedStop] {
        try await writer.read { db in
            try TransactionRecord
                .filter(TransactionRecord.Columns.stationID == station.rawValue)
                .filter(TransactionRecord.Columns.isStopOnly == true)
                .order(TransactionRecord.Columns.stoppedAt.desc, TransactionRecord.Columns.id.desc)
                .limit(limit)
                .fetchAll(db).compactMap(\.unmatchedStop)
        }
    }

    /// A transaction's meter readings in the order they were taken (oldest first), as a charging curve reads.
    package func meterReadings(transaction: TransactionID) async throws -> [MeterReading] {
        try await writer.read { db in try MeterValueRecord.readings(of: transaction, in: db).map(\.reading) }
    }

    /// A station's status reports, newest received first.
    package func statusHistory(station: StationID, limit: Int) async throws -> [StatusReport] {
        try await writer.read { db in
            try StatusHistoryRecord.newest(of: station, limit: limit, in: db).map(\.report)
        }
    }

    /// The last status each connector of a station reported, by connector number (0, the station itself, first).
    package func currentStatuses(station: StationID) async throws -> [StatusReport] {
        try await writer.read { db in
            try ConnectorRecord
                .filter(ConnectorRecord.Columns.stationID == station.rawValue)
                .order(ConnectorRecord.Columns.number)
                .fetchAll(db).map(\.report)
        }
    }

    /// The times a card was asked about, newest first.
    package func authorizations(idTag: IdTag, limit: Int) async throws -> [AuthorizationAttempt] {
        try await writer.read { db in
            try AuthorizationAttemptRecord
                .filter(AuthorizationAttemptRecord.Columns.idTag == idTag.rawValue)
                .order(AuthorizationAttemptRecord.Columns.at.desc, AuthorizationAttemptRecord.Columns.id.desc)
                .limit(limit)
                .fetchAll(db).map(\.attempt)
        }
    }

    /// A station's journaled frames, newest first.
    package func journal(station: StationID, limit: Int) async throws -> [JournalEntry] {
        try await journalWriter.read { db in
            try FrameJournalRecord.newest(of: station, limit: limit, in: db).map(\.entry)
        }
    }

    /// The commands sent (or refused) to a station, newest first.
    package func commandLog(station: StationID, limit: Int) async throws -> [CommandLogEntry] {
        try await writer.read { db in
            try CommandLogRecord
                .filter(CommandLogRecord.Columns.stationID == station.rawValue)
                .order(CommandLogRecord.Columns.requestedAt.desc, CommandLogRecord.Columns.id.desc)
                .limit(limit)
                .fetchAll(db).map(\.entry)
        }
    }

    package func appendJournal(_ entries: [JournalEntry]) async throws {
        let cache = journalHeads
        try await journalWriter.write { db in
            var heads = try cache.take() ?? FrameJournalHeads.all(in: db)
            try FrameJournalRecord.insert(entries, heads: &heads, in: db)
            let committed = heads
            db.afterNextTransaction(onCommit: { _ in cache.remember(committed) })
        }
    }

    package func pruneJournal(before date: Date) async throws -> Int {
        let cache = journalHeads
        return try await journalWriter.write { db in
            let removed = try FrameJournalRecord.filter(FrameJournalRecord.Columns.at < date.timeIntervalSince1970)
                .deleteAll(db)
            try FrameJournalHeads.removeDangling(in: db)
            cache.forget()
            return removed
        }
    }
}
