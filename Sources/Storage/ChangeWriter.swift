import Domain
import GRDB

/// Writes one `StoreChange` inside a batch's transaction, in a savepoint of its own.
enum ChangeWriter {
    /// Applies a batch: first all of it in one savepoint, the common case; if the database refuses any change,
    /// that savepoint is rolled back and every change is applied again in a savepoint of its own, so the
    /// refused one fails alone. Two statements per change saved on every batch that has no refusal.
    /// A rollback to a savepoint also makes `chains` forget what it learnt since the transaction began.
    static func apply(
        _ changes: [StoreChange], chains: MeterChainHeads, in db: Database
    ) throws -> [Result<StoreReceipt, StoreFailure>] {
        try db.cachedStatement(sql: "SAVEPOINT batch").execute()
        do {
            let receipts = try changes.map { try write($0, chains: chains, in: db) }
            try db.cachedStatement(sql: "RELEASE SAVEPOINT batch").execute()
            return receipts.map { .success($0) }
        } catch {
            guard isRefusal(error) else { throw error }
            try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT batch").execute()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT batch").execute()
            chains.forget()
            return try changes.map { try apply($0, chains: chains, in: db) }
        }
    }

    /// Applies `change` in a savepoint. A change the database refuses (a constraint, a row it needs is missing)
    /// is rolled back alone and returned as a failure; any other error (disk full, I/O) is thrown, and fails
    /// the whole batch, because then nothing of it can be trusted to be durable.
    ///
    /// The savepoint statements are cached, unlike `Database.inSavepoint`'s, which are parsed anew for every
    /// change: on a batch of hundreds of changes that parsing showed in the batch's time.
    static func apply(
        _ change: StoreChange, chains: MeterChainHeads, in db: Database
    ) throws -> Result<StoreReceipt, StoreFailure> {
        try db.cachedStatement(sql: "SAVEPOINT change").execute()
        do {
            let receipt = try write(change, chains: chains, in: db)
            try db.cachedStatement(sql: "RELEASE SAVEPOINT change").execute()
            return .success(receipt)
        } catch {
            // Any other error leaves the transaction to the caller's rollback, and is thrown as it came.
            guard let failure = refusal(of: change, error) else { throw error }
            try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT change").execute()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT change").execute()
            chains.forget()
            return .failure(failure)
        }
    }

    private static func isRefusal(_ error: any Error) -> Bool {
        switch error {
        case is StoreFailure: true
        case let error as DatabaseError: StoreFailure.isRefusal(error)
        default: false
        }
    }

    /// The failure to report for `change` when `error` refuses that change alone; nil when it fails the batch.
    private static func refusal(of change: StoreChange, _ error: any Error) -> StoreFailure? {
        switch error {
        case let failure as StoreFailure: failure
        case let error as DatabaseError where StoreFailure.isRefusal(error): StoreFailure(change, refusedWith: error)
        default: nil
        }
    }

    private static func write(
        _ change: StoreChange, chains: MeterChainHeads, in db: Database
    ) throws -> StoreReceipt {
        switch change {
        case .stationBooted(let id, let identity, let at):
            guard let registration = try StationRecord.recordBoot(id, identity: identity, at: at, in: db) else {
                throw StoreFailure(change, reason: "no station \(id) is registered in Leitstand")
            }
            return .stationRegistration(registration)
        case .stationPendingRegistration(let id, let at):
            try StationRecord.insertPending(id, at: at, in: db)
        case .statusReported(let report):
            let historyID = try StatusHistoryRecord.insert(report, in: db)
            try ConnectorRecord.upsert(report, historyID: historyID, in: db)
        case .transactionStarted(let start):
            let id = try TransactionRecord.insert(start, in: db)
            chains.started(id.rawValue)
            return .transactionNumbered(id)
        case .transactionStopped(let id, let stationID, let stop):
            let match = try TransactionRecord.recordStop(id, station: stationID, stop, in: db)
            if case .belongsToOtherStation(let owner) = match {
                throw StoreFailure(change, reason: "transaction \(id) belongs to station \(owner)")
            }
        case .meterValuesReported(let readings):
            for reading in readings { try MeterValueRecord.insert(reading, chains: chains, in: db) }
        case .cardPresented(let presentation):
            let card = try ChargingCardRecord.card(presentation.idTag, in: db)
            let attempt = presentation.judged(card: card)
            try AuthorizationAttemptRecord.insert(attempt, in: db)
            return .cardDecided(attempt.decision)
        case .stationNotified(let stationID, let kind, let status, let at):
            try StationNotificationRecord(stationID: stationID, kind: kind, status: status, at: at).insert(db)
        case .dataTransferReceived(let stationID, let vendorID, let messageID, let dataJSON, let at):
            try DataTransferRecord(
                stationID: stationID, vendorID: vendorID, messageID: messageID, dataJSON: dataJSON, receivedAt: at
            ).insert(db)
        case .commandLogged(let entry):
            return .commandLogged(id: try CommandLogRecord.insert(entry, in: db))
        case .commandAnswered(let logID, let outcome, let at):
            guard try CommandLogRecord.recordAnswer(logID, outcome: outcome, at: at, in: db) else {
                throw StoreFailure(change, reason: "there is no command log entry \(logID)")
            }
        }
        return .applied
    }
}
