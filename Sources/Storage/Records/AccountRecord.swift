import Domain
import Foundation
import GRDB

/// A row of `accounts`: one login with its role, password hash and lockout state.
struct AccountRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "accounts"

    enum Columns: String, ColumnExpression {
        case userName = "user_name"
        case displayName = "display_name"
        case role
        case customerID = "customer_id"
        case passwordHash = "password_hash"
        case failedAttempts = "failed_attempts"
        case lockedUntil = "locked_until"
        case passwordChangedAt = "password_changed_at"
        case createdBy = "created_by"
        case createdAt = "created_at"
    }

    var account: Account

    init(_ account: Account) {
        self.account = account
    }

    init(row: Row) throws {
        let table = Self.databaseTableName
        let customerID = try row.decode(String?.self, forColumn: Columns.customerID).map { CustomerID($0) }
        account = Account(
            userName: try row.value(AccountName.self, Columns.userName, table: table),
            displayName: try row.decode(String.self, forColumn: Columns.displayName),
            role: try row.value(Role.self, Columns.role, table: table),
            customerID: customerID,
            passwordHash: try row.decode(String.self, forColumn: Columns.passwordHash),
            failedAttempts: try row.decode(Int.self, forColumn: Columns.failedAttempts),
            lockedUntil: try row.optionalDate(Columns.lockedUntil),
            passwordChangedAt: try row.date(Columns.passwordChangedAt),
            createdBy: try row.optionalValue(AccountName.self, Columns.createdBy, table: table),
            createdAt: try row.date(Columns.createdAt))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.userName] = account.userName.rawValue
        container[Columns.displayName] = account.displayName
        container[Columns.role] = account.role.rawValue
        container[Columns.customerID] = account.customerID?.rawValue
        container[Columns.passwordHash] = account.passwordHash
        container[Columns.failedAttempts] = account.failedAttempts
        container[Columns.lockedUntil] = account.lockedUntil?.timeIntervalSince1970
        container[Columns.passwordChangedAt] = account.passwordChangedAt.timeIntervalSince1970
        container[Columns.createdBy] = account.createdBy?.rawValue
        container[Columns.createdAt] = account.createdAt.timeIntervalSince1970
    }
}
