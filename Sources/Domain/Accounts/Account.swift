import Foundation

/// A person's login: who they are, what their role lets them do, and the state of their password.
///
/// A customer login belongs to exactly one customer, staff logins to none (`AccountDraft` checks it).
/// `passwordHash` is the text form of a slow salted hash (`Credentials.PasswordHash`); Domain never sees a password.
package struct Account: Sendable, Equatable {
    /// Never changes: sessions, commands and tickets are recorded under it.
    package let userName: AccountName
    package var displayName: String
    package var role: Role
    package var customerID: CustomerID?
    package var passwordHash: String
    /// Wrong passwords in a row since the last successful login or the end of the last lockout.
    package var failedAttempts: Int
    /// Every login is refused until then; nil when the account is not locked.
    package var lockedUntil: Date?
    package var passwordChangedAt: Date
    /// The supervisor who created the login; nil for one made on the server's command line (`leitstand user add`).
    package var createdBy: AccountName?
    package var createdAt: Date

    package init(
        userName: AccountName, displayName: String, role: Role, customerID: CustomerID?, passwordHash: String,
        failedAttempts: Int = 0, lockedUntil: Date? = nil, passwordChangedAt: Date, createdBy: AccountName?,
        createdAt: Date
    ) {
        self.userName = userName
        self.displayName = displayName
        self.role = role
        self.customerID = customerID
        self.passwordHash = passwordHash
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
        self.passwordChangedAt = passwordChangedAt
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    /// A new login made from a checked draft and the hash of its password.
    package init(_ draft: AccountDraft, passwordHash: String, createdBy: AccountName?, at now: Date) {
        self.init(
            userName: draft.userName, displayName: draft.displayName, role: draft.role, customerID: draft.customerID,
            passwordHash: passwordHash, passwordChangedAt: now, createdBy: createdBy, createdAt: now)
    }

    /// Whether every login is refused at `now`.
    package func isLocked(at now: Date) -> Bool {
        loginFailures.isLocked(at: now)
    }

    /// Sets a new password (its hash) and lifts a lockout: the count of wrong passwords starts again.
    package mutating func setPassword(hash: String, at now: Date) {
        passwordHash = hash
        passwordChangedAt = now
        failedAttempts = 0
        lockedUntil = nil
    }

    /// Who the backend acts for when this login calls it.
    package var caller: Caller {
        Caller(userName: userName.rawValue, displayName: displayName, role: role, customerID: customerID)
    }
}
