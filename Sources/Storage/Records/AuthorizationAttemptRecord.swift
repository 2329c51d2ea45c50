import Domain
import GRDB

/// A row of `authorization_attempts`: an id tag a station asked about, and the answer it got.
struct AuthorizationAttemptRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "authorization_attempts"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case idTag = "id_tag"
        case at, source, verdict, billing
    }

    var attempt: AuthorizationAttempt

    init(_ attempt: AuthorizationAttempt) { self.attempt = attempt }

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

    func encode(to container: inout PersistenceContainer) {
        container[Columns.stationID] = attempt.stationID.rawValue
        container[Columns.idTag] = attempt.idTag.rawValue
        container[Columns.at] = attempt.at.timeIntervalSince1970
        container[Columns.source] = attempt.source.rawValue
        container[Columns.verdict] = attempt.decision.verdict.rawValue
        container[Columns.billing] = attempt.decision.billing?.rawValue
    }
}
