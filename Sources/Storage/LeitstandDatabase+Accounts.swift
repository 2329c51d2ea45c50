import Domain
import Foundation
import GRDB

/// Logins and sessions, written one at a time by the account service.
extension LeitstandDatabase: AccountStore {
    package func account(named name: AccountName) async throws -> Account? {
        try await writer.read { db in try AccountRecord.fetchOne(db, key: name.rawValue)?.account }
    }

    package func accounts() async throws -> [Account] {
        try await writer.read { db in
            try AccountRecord.order(AccountRecord.Columns.userName).fetchAll(db).map(\.account)
        }
    }

    package func insertAccount(_ account: Account) async throws {
        try await writer.write { db in
            do {
                try AccountRecord(account).insert(db)
            } catch let error as DatabaseError {
                switch error.extendedResultCode {
                case .SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE:
                    throw AccountRefusal.userNameTaken(account.userName)
                case .SQLITE_CONSTRAINT_FOREIGNKEY:
                    guard let customerID = account.customerID else { throw error }
                    throw AccountRefusal.unknownCustomer(customerID)
                default:
                    throw error
                }
            }
        }
    }

    package func updateAccount<Outcome: Sendable>(
        named name: AccountName, _ change: @escaping @Sendable (inout Account) -> (Outcome, SessionEnding)
    ) async throws -> Outcome? {
        try await writer.write { db in
            guard let stored = try AccountRecord.fetchOne(db, key: name.rawValue)?.account else { return nil }
            var account = stored
            let (outcome, ending) = change(&account)
            if account != stored { try AccountRecord(account).update(db) }
            let sessions = LoginSessionRecord.filter(LoginSessionRecord.Columns.userName == name.rawValue)
            switch ending {
            case .keepAll:
                break
            case .endAll:
                try sessions.deleteAll(db)
            case .endAllExcept(let kept):
                try sessions.filter(LoginSessionRecord.Columns.tokenDigest != kept.rawValue).deleteAll(db)
            }
            return outcome
        }
    }

    package func insertSession(_ session: LoginSession) async throws {
        try await writer.write { db in
            do {
                try LoginSessionRecord(session).insert(db)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
                throw StoreFailure("The session was not stored: there is no login named \(session.userName).")
            }
        }
    }

    package func session(_ digest: SessionDigest) async throws -> LoginSession? {
        try await writer.read { db in try LoginSessionRecord.fetchOne(db, key: digest.rawValue)?.session }
    }

    package func touchSession(_ digest: SessionDigest, at date: Date) async throws {
        try await writer.write { db in
            _ = try LoginSessionRecord.filter(key: digest.rawValue)
                .updateAll(db, LoginSessionRecord.Columns.lastSeenAt.set(to: date.timeIntervalSince1970))
        }
    }

    package func deleteSession(_ digest: SessionDigest) async throws {
        try await writer.write { db in
            _ = try LoginSessionRecord.deleteOne(db, key: digest.rawValue)
        }
    }

    package func deleteSessions(lastSeenAtOrBefore lastSeen: Date, createdAtOrBefore created: Date) async throws -> Int
    {
        try await writer.write { db in
            try LoginSessionRecord
                .filter(
                    LoginSessionRecord.Columns.lastSeenAt <= lastSeen.timeIntervalSince1970
                        || LoginSessionRecord.Columns.createdAt <= created.timeIntervalSince1970
                )
                .deleteAll(db)
        }
    }
}
