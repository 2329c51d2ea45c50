import Domain
import Foundation
import GRDB

/// A row of `alarms`: one alarm with its key, clearing and acknowledgement; its facts are JSON in `details`.
struct AlarmRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "alarms"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case kind, connector
        case transactionID = "transaction_id"
        case severity, state
        case raisedAt = "raised_at"
        case clearedAt = "cleared_at"
        case acknowledgedAt = "acknowledged_at"
        case acknowledgedBy = "acknowledged_by"
        case comment, count, details
    }

    var id: Int64?
    var key: AlarmKey
    var raisedAt: Date
    var facts: AlarmFacts
    var count: Int
    var state: AlarmState
    var clearedAt: Date?
    var acknowledgement: AlarmAcknowledgement?

    /// A new alarm: raised, neither cleared nor acknowledged.
    init(_ draft: AlarmDraft) {
        key = draft.key
        raisedAt = draft.raisedAt
        facts = draft.facts
        count = draft.count
        state = .raised
    }

    init(_ alarm: Alarm) {
        id = alarm.id.rawValue
        key = alarm.key
        raisedAt = alarm.raisedAt
        facts = alarm.facts
        count = alarm.count
        state = alarm.state
        clearedAt = alarm.clearedAt
        acknowledgement = alarm.acknowledgement
    }

    init(row: Row) throws {
        let table = Self.databaseTableName
        id = try row.decode(forColumn: Columns.id)
        key = AlarmKey(
            stationID: try row.stationID(Columns.stationID, table: table),
            kind: try row.value(AlarmKind.self, Columns.kind, table: table),
            connector: try row.decode(forColumn: Columns.connector),
            transaction: try row.decode(Int64?.self, forColumn: Columns.transactionID).map { TransactionID($0) })
        raisedAt = try row.date(Columns.raisedAt)
        let details = try row.decode(String.self, forColumn: Columns.details)
        facts = try Self.decoder.decode(AlarmFacts.self, from: Data(details.utf8))
        count = try row.decode(forColumn: Columns.count)
        state = try row.value(AlarmState.self, Columns.state, table: table)
        clearedAt = try row.optionalDate(Columns.clearedAt)
        if let acknowledgedAt = try row.optionalDate(Columns.acknowledgedAt) {
            acknowledgement = AlarmAcknowledgement(
                agent: AgentLogin(try row.decode(String.self, forColumn: Columns.acknowledgedBy)),
                comment: try row.decode(forColumn: Columns.comment), at: acknowledgedAt)
        }
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.stationID] = key.stationID.rawValue
        container[Columns.kind] = key.kind.rawValue
        container[Columns.connector] = key.connector
        container[Columns.transactionID] = key.transaction?.rawValue
        container[Columns.severity] = key.kind.severity.rawValue
        container[Columns.state] = state.rawValue
        container[Columns.raisedAt] = raisedAt.timeIntervalSince1970
        container[Columns.clearedAt] = clearedAt?.timeIntervalSince1970
        container[Columns.acknowledgedAt] = acknowledgement?.at.timeIntervalSince1970
        container[Columns.acknowledgedBy] = acknowledgement?.agent.rawValue
        container[Columns.comment] = acknowledgement?.comment
        container[Columns.count] = count
        container[Columns.details] = String(decoding: try Self.encoder.encode(facts), as: UTF8.self)
    }

    /// The alarm, once the store has numbered it.
    var alarm: Alarm? {
        guard let id else { return nil }
        return Alarm(
            id: AlarmID(id), key: key, raisedAt: raisedAt, facts: facts, count: count, clearedAt: clearedAt,
            acknowledgement: acknowledgement)
    }

    /// Facts as JSON with times in seconds since 1970, like the table's own time columns.
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
