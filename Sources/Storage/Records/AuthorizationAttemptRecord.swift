import Domain
import GRDB

/// A row of `authorization_attempts`: an id tag a station asked about, and the answer it got.
struct AuthorizationAttemptRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "authorization_attempts"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case idTag = "id_tag"
        case at, source, verdict, billing
    }

    var attempt: AuthorizationAttempt

    /// Inserts `attempt` through a cached statement: it runs inside the commit for every Authorize,
    /// StartTransaction and StopTransaction with a tag, where a `PersistableRecord` insert built its row anew.
    static func insert(_ attempt: AuthorizationAttempt, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO authorization_attempts (station_id, id_tag, at, source, verdict, billing)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            attempt.stationID.rawValue, attempt.idTag.rawValue, attempt.at.timeIntervalSince1970,
            attempt.source.rawValue, attempt.decision.verdict.rawValue, attempt.decision.billing?.rawValue,
        ])
    }

    init(row: Row) throws {
        let table = Self.databaseTableName
        attempt = AuthorizationAttempt(
            stationID: try row.stationID(Columns.stationID, table: table),
            idTag: IdTag(try row.decode(String.self, forColumn: Columns.idTag)),
            at: try row.date(Columns.at),
            source: try row.value(AuthorizationSource.self, Columns.source, table: table),
            decision: CardDecision(
                verdict: try row.value(CardVerdict.self, Columns.verdict, table: table),
                billing: try row.optionalValue(SessionBilling.self, Columns.billing, table: table)))
    }
}
