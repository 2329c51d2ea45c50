import Domain
import Foundation
import GRDB

/// A row of `login_sessions`: an open session under its token's digest.
struct LoginSessionRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "login_sessions"

    enum Columns: String, ColumnExpression {
        case tokenDigest = "token_digest"
        case userName = "user_name"
        case createdAt = "created_at"
        case lastSeenAt = "last_seen_at"
    }

    var session: LoginSession

    init(_ session: LoginSession) {
        self.session = session
    }

    init(row: Row) throws {
        session = LoginSession(
            digest: SessionDigest(try row.decode(String.self, forColumn: Columns.tokenDigest)),
            userName: try row.value(AccountName.self, Columns.userName, table: Self.databaseTableName),
            createdAt: try row.date(Columns.createdAt),
            lastSeenAt: try row.date(Columns.lastSeenAt))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.tokenDigest] = session.digest.rawValue
        container[Columns.userName] = session.userName.rawValue
        container[Columns.createdAt] = session.createdAt.timeIntervalSince1970
        container[Columns.lastSeenAt] = session.lastSeenAt.timeIntervalSince1970
    }
}
