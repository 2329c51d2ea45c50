import GRDB
import Synchronization

/// The newest meter reading of each transaction, kept in memory by the records' writer, so that a new reading
/// can point to its transaction's previous one (`meter_values.previous_id`) without an index by transaction.
///
/// An index by transaction took a random page for every reading (thousands of sessions report at once). Here a
/// reading costs only its row. The heads that moved are saved into `meter_chain_heads` at most every
/// `flushInterval`, inside a batch's transaction, together with `meter_chain_state.flushed_through`, the newest
/// reading id at that moment. Readings after it are the tail: whoever needs a head the table does not have yet
/// (a query, or this cache after a restart) finds it among those few rows (`MeterValueRecord.newestSQL`).
///
/// Only the writer uses the cache. A rollback, or a change rolled back alone, forgets it (the map may name rows
/// that are gone), and the next reading loads the heads of the open transactions and the tail again.
final class MeterChainHeads: Sendable {
    /// What the writer knows: each transaction's newest reading id (nil value: a transaction known to have none),
    /// or nil when it must be loaded first; and which heads moved since the last flush.
    private struct State {
        var heads: [Int64: Int64?]?
        var moved: Set<Int64> = []
        var lastFlush: ContinuousClock.Instant = .now
    }

    /// Past this many transactions in memory, a flush drops the map (stopped sessions stay in it until then).
    static let capacity = 100_000

    /// How often the moved heads are saved.
    let flushInterval: Duration
    private let state = Mutex(State())

    init(flushInterval: Duration = .seconds(1)) {
        self.flushInterval = flushInterval
    }

    /// The id of the transaction's newest reading, for a new reading to point to; nil before its first.
    func newest(of transaction: Int64, in db: Database) throws -> Int64? {
        try state.withLock { state in
            if state.heads == nil { try Self.load(into: &state, in: db) }
            if let known = state.heads?[transaction] { return known }
            let found = try Int64.fetchOne(db, sql: MeterValueRecord.newestSQL, arguments: [transaction])
            state.heads?[transaction] = .some(found)
            return found
        }
    }

    /// Notes reading `id` as its transaction's newest.
    func moved(_ transaction: Int64, to id: Int64) {
        state.withLock { state in
            state.heads?[transaction] = id
            state.moved.insert(transaction)
        }
    }

    /// Notes a transaction just numbered: it has no reading yet, so its first one needs no lookup.
    func started(_ transaction: Int64) {
        state.withLock { state in
            if state.heads != nil { state.heads?[transaction] = .some(nil) }
        }
    }

    /// Saves the heads that moved, and the tail's start, when `flushInterval` has passed since the last save.
    func flushIfDue(in db: Database) throws {
        try state.withLock { state in
            // Also when no head moved, so that readings without a transaction do not grow the tail; after a load,
            // since the tail may hold heads that were never saved.
            guard ContinuousClock.now - state.lastFlush >= flushInterval else { return }
            if state.heads == nil { try Self.load(into: &state, in: db) }
            guard let heads = state.heads else { return }
            let save = try db.cachedStatement(
                sql: """
                    INSERT INTO meter_chain_heads (transaction_id, last_id) VALUES (?, ?)
                    ON CONFLICT (transaction_id) DO UPDATE SET last_id = excluded.last_id
                    """)
            for transaction in state.moved.sorted() {
                guard let newest = heads[transaction] ?? nil else { continue }
                try save.execute(arguments: [transaction, newest])
            }
            try db.cachedStatement(
                sql: "UPDATE meter_chain_state SET flushed_through = (SELECT coalesce(max(id), 0) FROM meter_values)"
            ).execute()
            state.moved = []
            state.lastFlush = .now
            if heads.count > Self.capacity { state.heads = nil }
        }
    }

    /// Drops what the writer knows: the database no longer holds some of it.
    func forget() {
        state.withLock { state in
            state.heads = nil
            state.moved = []
        }
    }

    /// The heads of the open transactions as saved, overridden by the tail; those from the tail count as moved.
    private static func load(into state: inout State, in db: Database) throws {
        var heads: [Int64: Int64?] = [:]
        let saved = try Row.fetchCursor(
            db,
            sql: """
                SELECT transactions.id, meter_chain_heads.last_id FROM transactions
                JOIN meter_chain_heads ON meter_chain_heads.transaction_id = transactions.id
                WHERE transactions.stopped_at IS NULL
                """)
        while let row = try saved.next() { heads[row[0]] = .some(row[1]) }
        let tail = try Row.fetchCursor(
            db,
            sql: """
                SELECT transaction_id, max(id) FROM meter_values
                WHERE id > (SELECT flushed_through FROM meter_chain_state) AND transaction_id IS NOT NULL
                GROUP BY transaction_id
                """)
        var moved = Set<Int64>()
        while let row = try tail.next() {
            let transaction: Int64 = row[0]
            heads[transaction] = .some(row[1])
            moved.insert(transaction)
        }
        state.heads = heads
        state.moved = moved
    }
}
