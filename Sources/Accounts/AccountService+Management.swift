import BackendClient
import Credentials
import Domain

/// Passwords and new logins.
extension AccountService {
    /// Checks the current password like a login does (a wrong one counts towards the lockout), sets the new one and
    /// ends the caller's other sessions in the same transaction.
    package func changePassword(
        of caller: Caller, current: String, new: String, keepingSession token: String
    ) async throws(BackendClientError) {
        guard let name = AccountName(caller.userName),
            let stored = try await storing({ try await store.account(named: name) })
        else { throw .loginRefused(.sessionExpired) }
        guard new != current else { throw .accountRefused(.passwordUnchanged) }
        do {
            try PasswordRule.check(new, for: name)
        } catch {
            throw .accountRefused(error)
        }
        let matches = try await passwords.matches(current, storedHash: stored.passwordHash)
        let newHash = matches ? try await passwords.hash(new) : nil
        let othersEnd: SessionEnding
        if let presented = SessionToken(token) {
            othersEnd = .endAllExcept(try Self.digest(of: presented))
        } else {
            othersEnd = .endAll
        }

        let now = clock()
        let checkedHash = stored.passwordHash
        let policy = self.policy
        let outcome: LoginOutcome? = try await storing {
            try await store.updateAccount(named: name) { account in
                let isMatch = matches && account.passwordHash == checkedHash
                let (weighed, outcome) = policy.attempt(account, passwordMatches: isMatch, at: now)
                account = weighed
                guard outcome == .admitted, let newHash else { return (outcome, .keepAll) }
                account.setPassword(hash: newHash, at: now)
                return (outcome, othersEnd)
            }
        }
        switch outcome {
        case nil: throw .loginRefused(.sessionExpired)
        case .admitted?: return
        case .refused(.lockedOut(let until))?: throw .loginRefused(.lockedOut(until: until))
        case .refused?: throw .accountRefused(.currentPasswordWrong)
        }
    }

    /// Creates a login; supervisors only.
    package func createAccount(
        _ new: NewAccount, by caller: Caller
    ) async throws(BackendClientError) -> AccountSummary {
        guard caller.role.managesAccounts else { throw .forbidden("create accounts") }
        return try await insert(
            userName: new.userName, displayName: new.displayName, role: new.role, customerID: new.customerID,
            password: new.password, createdBy: AccountName(caller.userName))
    }

    /// Sets a new password for someone else, lifts a lockout and ends all of that login's sessions; supervisors only.
    package func resetPassword(
        of userName: String, to password: String, by caller: Caller
    ) async throws(BackendClientError) {
        guard caller.role.managesAccounts else { throw .forbidden("reset passwords") }
        let name: AccountName
        do {
            name = try AccountName(validating: userName)
            try PasswordRule.check(password, for: name)
        } catch {
            throw .accountRefused(error)
        }
        guard try await storing({ try await store.account(named: name) }) != nil else {
            throw .notFound("The login \(name)")
        }
        let newHash = try await passwords.hash(password)
        let now = clock()
        let found: Void? = try await storing {
            try await store.updateAccount(named: name) { account in
                account.setPassword(hash: newHash, at: now)
                return ((), .endAll)
            }
        }
        guard found != nil else { throw .notFound("The login \(name)") }
    }

    /// Makes a supervisor login from the server's command line (`leitstand user add`), where nobody is logged in:
    /// the first of a new installation, or another one when no supervisor can log in any more. Whoever can run it
    /// holds the database file already. A taken user name is refused with a sentence.
    package func bootstrapAdministrator(
        userName: String, displayName: String, password: String
    ) async throws(BackendClientError) -> AccountSummary {
        try await insert(
            userName: userName, displayName: displayName, role: .supervisor, customerID: nil, password: password,
            createdBy: nil)
    }

    private func insert(
        userName: String, displayName: String, role: Role, customerID: CustomerID?, password: String,
        createdBy: AccountName?
    ) async throws(BackendClientError) -> AccountSummary {
        let draft: AccountDraft
        do {
            draft = try AccountDraft(
                userName: userName, displayName: displayName, role: role, customerID: customerID, password: password)
        } catch {
            throw .accountRefused(error)
        }
        if try await storing({ try await store.account(named: draft.userName) }) != nil {
            throw .accountRefused(.userNameTaken(draft.userName))
        }
        let account = Account(
            draft, passwordHash: try await passwords.hash(password), createdBy: createdBy, at: clock())
        try await storing { try await store.insertAccount(account) }
        return AccountSummary(account)
    }
}
