import Domain
import Foundation
import GRDB

/// A row of `command_log`: one remote command, who asked for it and why, and how it ended.
///
/// The outcome is spread over columns (`outcome` names the case) so that it stays queryable.
struct CommandLogRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "command_log"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case command
        case requestedBy = "requested_by"
        case reason, request
        case requestedAt = "requested_at"
        case outcome, response
        case errorCode = "error_code"
        case errorDescription = "error_description"
        case refusalReason = "refusal_reason"
        case answeredAt = "answered_at"
    }

    /// The `outcome` column's values.
    private enum OutcomeKind: String {
        case answered, failed, disconnected, refused
        case timedOut = "timed-out"
    }

    var entry: CommandLogEntry

    init(_ entry: CommandLogEntry) { self.entry = entry }

    init(row: Row) throws {
        let table = Self.databaseTableName
        entry = CommandLogEntry(
            id: try row.decode(forColumn: Columns.id),
            stationID: try row.stationID(Columns.stationID, table: table),
            command: try row.value(RemoteCommandKind.self, Columns.command, table: table),
            requestedBy: AgentLogin(try row.decode(String.self, forColumn: Columns.requestedBy)),
            reason: try row.decode(forColumn: Columns.reason),
            requestJSON: try row.decode(forColumn: Columns.request),
            requestedAt: try row.date(Columns.requestedAt),
            outcome: try Self.outcome(row),
            answeredAt: try row.optionalDate(Columns.answeredAt))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = entry.id
        container[Columns.stationID] = entry.stationID.rawValue
        container[Columns.command] = entry.command.rawValue
        container[Columns.requestedBy] = entry.requestedBy.rawValue
        container[Columns.reason] = entry.reason
        container[Columns.request] = entry.requestJSON
        container[Columns.requestedAt] = entry.requestedAt.timeIntervalSince1970
        container[Columns.answeredAt] = entry.answeredAt?.timeIntervalSince1970
        let outcome = entry.outcome.map(OutcomeColumns.init)
        container[Columns.outcome] = outcome?.kind.rawValue
        container[Columns.response] = outcome?.response
        container[Columns.errorCode] = outcome?.errorCode
        container[Columns.errorDescription] = outcome?.errorDescription
        container[Columns.refusalReason] = outcome?.refusalReason
    }

    /// Inserts a new entry; returns the id it was given.
    static func insert(_ entry: CommandLogEntry, in db: Database) throws -> Int64 {
        var entry = entry
        entry.id = nil
        try CommandLogRecord(entry).insert(db)
        return db.lastInsertedRowID
    }

    /// Records how command `id` ended. False when no such entry exists.
    static func recordAnswer(_ id: Int64, outcome: CommandOutcome, at date: Date, in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                UPDATE command_log SET outcome = ?, response = ?, error_code = ?, error_description = ?,
                    refusal_reason = ?, answered_at = ?
                WHERE id = ?
                """)
        let columns = OutcomeColumns(outcome)
        try statement.execute(arguments: [
            columns.kind.rawValue, columns.response, columns.errorCode, columns.errorDescription,
            columns.refusalReason, date.timeIntervalSince1970, id,
        ])
        return db.changesCount > 0
    }

    /// An outcome spread over the outcome columns.
    private struct OutcomeColumns {
        var kind: OutcomeKind
        var response: String?
        var errorCode: String?
        var errorDescription: String?
        var refusalReason: String?

        init(_ outcome: CommandOutcome) {
            switch outcome {
            case .answered(let responseJSON):
                kind = .answered
                response = responseJSON
            case .failed(let code, let description):
                kind = .failed
                errorCode = code
                errorDescription = description
            case .timedOut:
                kind = .timedOut
            case .disconnected:
                kind = .disconnected
            case .refused(let reason):
                kind = .refused
                refusalReason = reason
            }
        }
    }

    private static func outcome(_ row: Row) throws -> CommandOutcome? {
        guard let kind = try row.optionalValue(OutcomeKind.self, Columns.outcome, table: databaseTableName) else {
            return nil
        }
        switch kind {
        case .answered: return .answered(responseJSON: try row.decode(forColumn: Columns.response))
        case .failed:
            return .failed(
                code: try row.decode(forColumn: Columns.errorCode),
                description: try row.decode(forColumn: Columns.errorDescription))
        case .timedOut: return .timedOut
        case .disconnected: return .disconnected
        case .refused: return .refused(reason: try row.decode(forColumn: Columns.refusalReason))
        }
    }
}
