import BackendClient
import Credentials
import Domain
import Foundation

/// Logins, sessions and account management on an `AccountStore`: the backend's `AccountAuthority`.
///
/// A struct without mutable state rather than an actor: the one invariant that needs serialising, the count of
/// wrong passwords, is read, weighed (`LoginPolicy`) and written in one store transaction (`updateAccount`). An actor
/// would not make that atomic, since it suspends at every store call and at the slow hash, and a transaction holds
/// against a second process on the same file too (`leitstand user add`). Slow hashes run on NIO's thread pool.
/// Every failure is a `BackendClientError` whose sentence a support agent can read out.
package struct AccountService: AccountAuthority {
    let store: any AccountStore
    let policy: LoginPolicy
    let passwords: PasswordHasher
    let clock: @Sendable () -> Date
    private let unknownNames: UnknownNameAttempts

    /// `iterations` is the PBKDF2 cost of new password hashes and of checking unknown names; tests pass a low one.
    /// `unknownNameCapacity` bounds how many names without an account have their wrong passwords counted.
    package init(
        store: any AccountStore, policy: LoginPolicy = LoginPolicy(),
        iterations: Int = PasswordHash.defaultIterations, unknownNameCapacity: Int = 100_000,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.policy = policy
        self.passwords = PasswordHasher(iterations: iterations)
        self.clock = clock
        self.unknownNames = UnknownNameAttempts(capacity: unknownNameCapacity)
    }

    /// Opens a session for the right password; the token is in the grant only, the store keeps its digest.
    ///
    /// An unknown name costs the same slow check as a wrong password and gets the same answers: "wrong", and after
    /// `LoginPolicy.maximumFailures` tries "locked" (`UnknownNameAttempts`). A wrong password is counted in the same
    /// transaction that reads the count, and `LoginPolicy.maximumFailures` of them lock the account. The user name is
    /// read in lower case. Logging in also clears expired sessions from the store.
    package func login(userName: String, password: String) async throws(BackendClientError) -> SessionGrant {
        let wrongCredentials = BackendClientError.loginRefused(.wrongCredentials(remainingAttempts: nil))
        let name = AccountName(userName.lowercased())
        var stored: Account?
        if let name {
            stored = try await storing { try await store.account(named: name) }
        }
        let matches = try await passwords.matches(password, storedHash: stored?.passwordHash)
        guard let stored else {
            // A malformed name cannot belong to anyone, so answering it always alike tells nothing.
            if let name, case .refused(let refusal) = unknownNames.attempt(name, policy: policy, at: clock()) {
                throw .loginRefused(refusal)
            }
            throw wrongCredentials
        }

        let now = clock()
        let checkedHash = stored.passwordHash
        let policy = self.policy
        let weighed: (LoginOutcome, Account)? = try await storing {
            try await store.updateAccount(named: stored.userName) { account in
                // A password reset between the check and this transaction makes the checked hash a stale one.
                let isMatch = matches && account.passwordHash == checkedHash
                let (updated, outcome) = policy.attempt(account, passwordMatches: isMatch, at: now)
                account = updated
                return ((outcome, updated), .keepAll)
            }
        }
        guard let (outcome, account) = weighed else { throw wrongCredentials }
        if case .refused(let refusal) = outcome { throw .loginRefused(refusal) }

        let token = try Self.newToken()
        let session = LoginSession(
            digest: try Self.digest(of: token), userName: account.userName, createdAt: now, lastSeenAt: now)
        let expired = policy.expiredSessionBounds(at: now)
        try await storing {
            _ = try await store.deleteSessions(
                lastSeenAtOrBefore: expired.lastSeen, createdAtOrBefore: expired.created)
            try await store.insertSession(session)
        }
        return SessionGrant(token: token.text, account: AccountSummary(account))
    }

    /// The caller a token stands for, as their account is now (role, customer); refreshes the session's last-seen
    /// time, at most once per `LoginPolicy.lastSeenResolution`. An expired session is deleted.
    package func caller(forToken token: String) async throws(BackendClientError) -> Caller {
        let sessionExpired = BackendClientError.loginRefused(.sessionExpired)
        guard let presented = SessionToken(token) else { throw sessionExpired }
        let digest = try Self.digest(of: presented)
        let now = clock()
        guard let session = try await storing({ try await store.session(digest) }) else { throw sessionExpired }
        var account: Account?
        if !policy.isExpired(session, at: now) {
            account = try await storing { try await store.account(named: session.userName) }
        }
        guard let account else {
            try await storing { try await store.deleteSession(digest) }
            throw sessionExpired
        }
        if policy.needsLastSeenUpdate(session, at: now) {
            try await storing { try await store.touchSession(digest, at: now) }
        }
        return account.caller
    }

    package func logout(token: String) async {
        guard let presented = SessionToken(token) else { return }
        do {
            try await store.deleteSession(try Self.digest(of: presented))
        } catch {
            // The client is leaving and cannot be told; the session then ends at its idle timeout.
        }
    }

    /// Runs store work: an `AccountRefusal` (a taken name, an unknown customer) becomes `.accountRefused`, a
    /// `StoreFailure` (a refusal the store words) `.invalidRequest`, any other failure `.unreachable`.
    func storing<Value>(_ work: () async throws -> Value) async throws(BackendClientError) -> Value {
        do {
            return try await work()
        } catch let refusal as AccountRefusal {
            throw .accountRefused(refusal)
        } catch let failure as StoreFailure {
            throw .invalidRequest(failure.message)
        } catch {
            throw .unreachable("the account database cannot be read or written")
        }
    }

    static func newToken() throws(BackendClientError) -> SessionToken {
        do {
            return try SessionToken.generate()
        } catch {
            throw .unreachable("no session can be opened right now (no random numbers)")
        }
    }

    static func digest(of token: SessionToken) throws(BackendClientError) -> SessionDigest {
        do {
            return SessionDigest(try token.digest())
        } catch {
            throw .unreachable("sessions cannot be checked right now")
        }
    }
}
