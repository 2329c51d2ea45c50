import Accounts
import BackendClient
import Credentials
import Domain
import Foundation
import Testing

@Suite("Logins and sessions")
struct AccountServiceLoginTests {
    private static let wrongCredentials = BackendClientError.loginRefused(.wrongCredentials(remainingAttempts: nil))
    private static let sessionExpired = BackendClientError.loginRefused(.sessionExpired)

    @Test("the right password opens a session whose token stands for the account; the store keeps only its digest")
    func login() async throws {
        let accounts = try await TestAccounts()
        let anna = try await accounts.createAccount("anna")
        let grant = try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
        #expect(
            grant.account
                == AccountSummary(userName: "anna", displayName: "Name of anna", role: .agent, customerID: nil))
        #expect(SessionToken(grant.token) != nil)
        #expect(try await accounts.service.caller(forToken: grant.token) == anna)

        let stored = try #require(try await accounts.storedSession(grant.token))
        #expect(stored.userName == AccountName("anna"))
        #expect(stored.createdAt == FakeClock.start)
        #expect(stored.digest.rawValue != grant.token)
        #expect(try await accounts.database.session(SessionDigest(grant.token)) == nil)
    }

    @Test("each login opens its own session")
    func twoSessions() async throws {
        let accounts = try await TestAccounts()
        let first = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        let second = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        #expect(first.token != second.token)
        #expect(try await accounts.service.caller(forToken: first.token) == accounts.chef)
        #expect(try await accounts.service.caller(forToken: second.token) == accounts.chef)
    }

    @Test("an unknown user name, a wrong password and a malformed name all get the same answer")
    func sameAnswer() async throws {
        let accounts = try await TestAccounts()
        await #expect(throws: Self.wrongCredentials) {
            try await accounts.service.login(userName: "chef", password: "wrong password")
        }
        await #expect(throws: Self.wrongCredentials) {
            try await accounts.service.login(userName: "nobody", password: "wrong password")
        }
        await #expect(throws: Self.wrongCredentials) {
            try await accounts.service.login(userName: "no body\u{1B}", password: "wrong password")
        }
        #expect(Self.wrongCredentials.description == "User name or password is wrong.")
    }

    @Test("the user name is read in lower case")
    func lowerCaseName() async throws {
        let accounts = try await TestAccounts()
        let grant = try await accounts.service.login(userName: "Chef", password: TestAccounts.chefPassword)
        #expect(grant.account.userName == "chef")
    }

    @Test(
        "five wrong passwords lock the account, even the right one is refused until the lock ends, and it survives a restart"
    )
    func lockout() async throws {
        let accounts = try await TestAccounts()
        for _ in 0..<4 {
            await #expect(throws: Self.wrongCredentials) {
                try await accounts.service.login(userName: "chef", password: "wrong password")
            }
        }
        #expect(try await accounts.storedAccount("chef")?.failedAttempts == 4)
        let until = FakeClock.start.addingTimeInterval(15 * 60)
        await #expect(throws: BackendClientError.loginRefused(.lockedOut(until: until))) {
            try await accounts.service.login(userName: "chef", password: "wrong password")
        }

        let restarted = TestAccounts.service(on: accounts.database, policy: LoginPolicy(), clock: accounts.clock)
        accounts.clock.advance(by: .seconds(14 * 60))
        await #expect(throws: BackendClientError.loginRefused(.lockedOut(until: until))) {
            try await restarted.login(userName: "chef", password: TestAccounts.chefPassword)
        }
        accounts.clock.advance(by: .seconds(60))
        _ = try await restarted.login(userName: "chef", password: TestAccounts.chefPassword)
        let unlocked = try await accounts.storedAccount("chef")
        #expect(unlocked?.failedAttempts == 0)
        #expect(unlocked?.lockedUntil == nil)
    }

    @Test("a name without an account is locked by the fifth wrong password too, so a lockout tells no name exists")
    func unknownNameLockout() async throws {
        let accounts = try await TestAccounts()
        /// The answers to six wrong passwords in a row for `userName`.
        func answers(_ userName: String) async -> [BackendClientError?] {
            var answers: [BackendClientError?] = []
            for _ in 0..<6 {
                do {
                    _ = try await accounts.service.login(userName: userName, password: "wrong password")
                    answers.append(nil)
                } catch {
                    answers.append(error)
                }
            }
            return answers
        }
        let until = FakeClock.start.addingTimeInterval(15 * 60)
        let expected =
            Array(repeating: Self.wrongCredentials, count: 4)
            + Array(repeating: BackendClientError.loginRefused(.lockedOut(until: until)), count: 2)
        #expect(await answers("chef") == expected)
        #expect(await answers("Nobody") == expected)
        #expect(await answers("no body\u{1B}") == Array(repeating: Self.wrongCredentials, count: 6))

        accounts.clock.advance(by: .seconds(15 * 60))
        await #expect(throws: Self.wrongCredentials) {
            try await accounts.service.login(userName: "nobody", password: "wrong password")
        }
    }

    @Test("when the unknown names fill their table, those not locked are forgotten and a locked one stays locked")
    func unknownNamesBounded() async throws {
        let accounts = try await TestAccounts()
        let service = AccountService(
            store: accounts.database, iterations: TestAccounts.iterations, unknownNameCapacity: 2,
            clock: { accounts.clock.now() })
        let locked = BackendClientError.loginRefused(.lockedOut(until: FakeClock.start.addingTimeInterval(15 * 60)))
        for _ in 0..<5 { _ = try? await service.login(userName: "ghost", password: "wrong password") }
        for _ in 0..<4 { _ = try? await service.login(userName: "shadow", password: "wrong password") }
        // The table is full: "shadow", not locked, is forgotten to make room, and its count starts again.
        _ = try? await service.login(userName: "phantom", password: "wrong password")
        await #expect(throws: Self.wrongCredentials) {
            try await service.login(userName: "shadow", password: "wrong password")
        }
        await #expect(throws: locked) {
            try await service.login(userName: "ghost", password: "wrong password")
        }
    }

    @Test("concurrent wrong passwords are all counted")
    func concurrentFailures() async throws {
        let accounts = try await TestAccounts(policy: LoginPolicy(maximumFailures: 100))
        await withTaskGroup { group in
            for _ in 0..<12 {
                group.addTask { _ = try? await accounts.service.login(userName: "chef", password: "wrong password") }
            }
        }
        #expect(try await accounts.storedAccount("chef")?.failedAttempts == 12)
    }

    @Test("a successful login resets the count of wrong passwords")
    func successResetsCount() async throws {
        let accounts = try await TestAccounts()
        for _ in 0..<3 {
            await #expect(throws: Self.wrongCredentials) {
                try await accounts.service.login(userName: "chef", password: "wrong password")
            }
        }
        #expect(try await accounts.storedAccount("chef")?.failedAttempts == 3)
        _ = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        #expect(try await accounts.storedAccount("chef")?.failedAttempts == 0)
    }

    @Test("a session idle for 8 hours ends, is deleted, and its token is refused from then on")
    func idleTimeout() async throws {
        let accounts = try await TestAccounts()
        let grant = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        accounts.clock.advance(by: .seconds(8 * 3600 - 1))
        #expect(try await accounts.service.caller(forToken: grant.token) == accounts.chef)
        accounts.clock.advance(by: .seconds(8 * 3600))
        await #expect(throws: Self.sessionExpired) { try await accounts.service.caller(forToken: grant.token) }
        #expect(try await accounts.storedSession(grant.token) == nil)
    }

    @Test("a session in use ends 24 hours after its login")
    func lifetime() async throws {
        let accounts = try await TestAccounts()
        let grant = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        for _ in 0..<23 {
            accounts.clock.advance(by: .seconds(3600))
            #expect(try await accounts.service.caller(forToken: grant.token) == accounts.chef)
        }
        accounts.clock.advance(by: .seconds(3600))
        await #expect(throws: Self.sessionExpired) { try await accounts.service.caller(forToken: grant.token) }
    }

    @Test("the last-seen time is written at most once a minute")
    func lastSeenOncePerMinute() async throws {
        let accounts = try await TestAccounts()
        let grant = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        accounts.clock.advance(by: .seconds(59))
        _ = try await accounts.service.caller(forToken: grant.token)
        #expect(try await accounts.storedSession(grant.token)?.lastSeenAt == FakeClock.start)
        accounts.clock.advance(by: .seconds(1))
        _ = try await accounts.service.caller(forToken: grant.token)
        #expect(try await accounts.storedSession(grant.token)?.lastSeenAt == FakeClock.start.addingTimeInterval(60))
    }

    @Test("logging out ends the session; an unknown or malformed token is refused and logging it out does nothing")
    func logout() async throws {
        let accounts = try await TestAccounts()
        let grant = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        let other = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        await accounts.service.logout(token: grant.token)
        await #expect(throws: Self.sessionExpired) { try await accounts.service.caller(forToken: grant.token) }
        #expect(try await accounts.service.caller(forToken: other.token) == accounts.chef)

        let unknown = try SessionToken.generate().text
        await #expect(throws: Self.sessionExpired) { try await accounts.service.caller(forToken: unknown) }
        await #expect(throws: Self.sessionExpired) { try await accounts.service.caller(forToken: "not a token") }
        await accounts.service.logout(token: unknown)
        await accounts.service.logout(token: "not a token")
        #expect(try await accounts.service.caller(forToken: other.token) == accounts.chef)
    }

    @Test("a login clears sessions that expired without being used again")
    func loginPrunesExpired() async throws {
        let accounts = try await TestAccounts()
        let forgotten = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        accounts.clock.advance(by: .seconds(8 * 3600))
        #expect(try await accounts.storedSession(forgotten.token) != nil)
        let fresh = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        #expect(try await accounts.storedSession(forgotten.token) == nil)
        #expect(try await accounts.storedSession(fresh.token) != nil)
    }
}
