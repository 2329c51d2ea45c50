import Foundation

/// Where logins and their sessions are kept.
///
/// Separate from `LeitstandStore` because accounts are written by the account service one at a time, not in the
/// OCPP batches; a store may implement both.
package protocol AccountStore: Sendable {
    func account(named name: AccountName) async throws -> Account?
    /// Every account, ordered by user name.
    func accounts() async throws -> [Account]
    /// Stores a new account. A taken user name, or a customer that is not stored, throws
    /// `AccountRefusal.userNameTaken` or `.unknownCustomer`.
    func insertAccount(_ account: Account) async throws
    /// Reads `name`'s account, lets `change` edit it, writes it back and ends the sessions `change` names, all in one
    /// transaction, so that concurrent logins cannot lose a wrong-password count.
    ///
    /// Returns what `change` returned, or nil (changing nothing) when no account has the name.
    func updateAccount<Outcome: Sendable>(
        named name: AccountName, _ change: @escaping @Sendable (inout Account) -> (Outcome, SessionEnding)
    ) async throws -> Outcome?

    /// Stores a new session. Throws `StoreFailure` when its account is not stored.
    func insertSession(_ session: LoginSession) async throws
    func session(_ digest: SessionDigest) async throws -> LoginSession?
    /// Stores when the session was last used; an unknown session is ignored.
    func touchSession(_ digest: SessionDigest, at date: Date) async throws
    /// Ends one session; an unknown session is ignored.
    func deleteSession(_ digest: SessionDigest) async throws
    /// Deletes every session last seen at or before `lastSeen` or created at or before `created` (see
    /// `LoginPolicy.expiredSessionBounds`); returns how many went.
    func deleteSessions(lastSeenAtOrBefore lastSeen: Date, createdAtOrBefore created: Date) async throws -> Int
}
