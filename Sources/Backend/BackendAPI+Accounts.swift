import Accounts
import BackendClient
import Domain

/// Logins and account management, through the `AccountAuthority`.
extension BackendAPI {
    package func login(userName: String, password: String) async throws(BackendClientError) -> SessionGrant {
        try await accounts.login(userName: userName, password: password)
    }

    /// Who a session token stands for; `.loginRefused(.sessionExpired)` once it has expired or was logged out.
    package func caller(forToken token: String) async throws(BackendClientError) -> Caller {
        try await accounts.caller(forToken: token)
    }

    package func logout(token: String) async {
        await accounts.logout(token: token)
    }

    /// Changes the caller's own password and ends their other sessions, all but the one `token` stands for.
    package func changePassword(of caller: Caller, current: String, new: String, keepingSession token: String)
        async throws(BackendClientError)
    {
        try await accounts.changePassword(of: caller, current: current, new: new, keepingSession: token)
    }

    package func createAccount(_ account: NewAccount, by caller: Caller) async throws(BackendClientError)
        -> AccountSummary
    {
        try await accounts.createAccount(account, by: caller)
    }

    package func resetPassword(of userName: String, to password: String, by caller: Caller)
        async throws(BackendClientError)
    {
        try await accounts.resetPassword(of: userName, to: password, by: caller)
    }
}
