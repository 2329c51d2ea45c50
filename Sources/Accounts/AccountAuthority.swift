import BackendClient
import Domain

/// Logins, sessions and account management, as the API and the in-process gateway need them.
/// `AccountService` implements it on the store; every failure is a `BackendClientError` an agent can read.
package protocol AccountAuthority: Sendable {
    /// Checks the password (slow hash, lockout after repeated failures) and opens a session.
    func login(userName: String, password: String) async throws(BackendClientError) -> SessionGrant
    /// The caller a session token stands for; refreshes the session's idle timer.
    func caller(forToken token: String) async throws(BackendClientError) -> Caller
    /// Ends the session the token stands for; an unknown token is ignored.
    func logout(token: String) async
    /// Changes the caller's own password (the current one must match) and ends their other sessions: all but
    /// the one `token` stands for.
    func changePassword(
        of caller: Caller, current: String, new: String, keepingSession token: String
    ) async throws(BackendClientError)
    func createAccount(_ account: NewAccount, by caller: Caller) async throws(BackendClientError) -> AccountSummary
    func resetPassword(of userName: String, to password: String, by caller: Caller) async throws(BackendClientError)
}
