import Domain
import Foundation
import Testing

@Suite("Login policy")
struct LoginPolicyTests {
    private static let t0 = Date(timeIntervalSince1970: 1_750_000_000)
    private static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    private static let account = Account(
        userName: AccountName("anna")!, displayName: "Anna", role: .agent, customerID: nil, passwordHash: "hash",
        passwordChangedAt: t0, createdBy: nil, createdAt: t0)

    /// `account` after `count` wrong passwords, one a second from `t0`.
    private static func afterWrongPasswords(_ count: Int, policy: LoginPolicy = LoginPolicy()) -> Account {
        (0..<count).reduce(account) { current, second in
            policy.attempt(current, passwordMatches: false, at: at(Double(second))).account
        }
    }

    @Test("the defaults: 5 failures lock for 15 minutes; sessions idle out after 8 hours and end after 24")
    func defaults() {
        let policy = LoginPolicy()
        #expect(policy.maximumFailures == 5)
        #expect(policy.lockoutDuration == .seconds(900))
        #expect(policy.idleTimeout == .seconds(8 * 3600))
        #expect(policy.sessionLifetime == .seconds(24 * 3600))
        #expect(policy.lastSeenResolution == .seconds(60))
    }

    @Test("a wrong password is counted and refused without telling how many attempts are left")
    func wrongPasswordCounts() {
        let (account, outcome) = LoginPolicy().attempt(Self.account, passwordMatches: false, at: Self.at(0))
        #expect(outcome == .refused(.wrongCredentials(remainingAttempts: nil)))
        #expect(account.failedAttempts == 1)
        #expect(account.lockedUntil == nil)
    }

    @Test("the fifth wrong password in a row locks the account for 15 minutes")
    func fifthFailureLocks() {
        let fourFailures = Self.afterWrongPasswords(4)
        #expect(fourFailures.failedAttempts == 4)
        #expect(fourFailures.lockedUntil == nil)
        let (account, outcome) = LoginPolicy().attempt(fourFailures, passwordMatches: false, at: Self.at(100))
        #expect(outcome == .refused(.lockedOut(until: Self.at(1_000))))
        #expect(account.lockedUntil == Self.at(1_000))
        #expect(account.isLocked(at: Self.at(999)))
        #expect(!account.isLocked(at: Self.at(1_000)))
    }

    @Test("a locked account refuses even the right password and counts nothing more")
    func lockedRefusesRightPassword() {
        let locked = Self.afterWrongPasswords(5)
        let until = Self.at(4 + 900)
        let right = LoginPolicy().attempt(locked, passwordMatches: true, at: Self.at(500))
        #expect(right.outcome == .refused(.lockedOut(until: until)))
        #expect(right.account == locked)
        let wrong = LoginPolicy().attempt(locked, passwordMatches: false, at: Self.at(500))
        #expect(wrong.outcome == .refused(.lockedOut(until: until)))
        #expect(wrong.account == locked)
    }

    @Test("once the lockout has run out the right password gets in and the count starts again")
    func lockoutExpires() {
        let locked = Self.afterWrongPasswords(5)
        let (account, outcome) = LoginPolicy().attempt(locked, passwordMatches: true, at: Self.at(4 + 900))
        #expect(outcome == .admitted)
        #expect(account.failedAttempts == 0)
        #expect(account.lockedUntil == nil)
    }

    @Test("a wrong password after a lockout ran out counts from one again")
    func countRestartsAfterLockout() {
        let locked = Self.afterWrongPasswords(5)
        let (account, outcome) = LoginPolicy().attempt(locked, passwordMatches: false, at: Self.at(2_000))
        #expect(outcome == .refused(.wrongCredentials(remainingAttempts: nil)))
        #expect(account.failedAttempts == 1)
        #expect(account.lockedUntil == nil)
    }

    @Test("a successful login resets the count of wrong passwords")
    func successResets() {
        let (account, outcome) = LoginPolicy().attempt(
            Self.afterWrongPasswords(4), passwordMatches: true, at: Self.at(10))
        #expect(outcome == .admitted)
        #expect(account.failedAttempts == 0)
        let again = LoginPolicy().attempt(account, passwordMatches: false, at: Self.at(11))
        #expect(again.account.failedAttempts == 1)
    }

    @Test("the maximum of failures is a setting")
    func maximumIsASetting() {
        let policy = LoginPolicy(maximumFailures: 2, lockoutDuration: .seconds(60))
        let locked = Self.afterWrongPasswords(2, policy: policy)
        #expect(locked.lockedUntil == Self.at(1 + 60))
    }

    @Test("setting a password lifts a lockout")
    func setPasswordUnlocks() {
        var account = Self.afterWrongPasswords(5)
        account.setPassword(hash: "new hash", at: Self.at(30))
        #expect(account.passwordHash == "new hash")
        #expect(account.passwordChangedAt == Self.at(30))
        #expect(account.failedAttempts == 0)
        #expect(!account.isLocked(at: Self.at(31)))
        #expect(LoginPolicy().attempt(account, passwordMatches: true, at: Self.at(31)).outcome == .admitted)
    }

    @Test("a session idle for 8 hours has expired")
    func idleExpiry() {
        let session = LoginSession(
            digest: SessionDigest("d"), userName: AccountName("anna")!, createdAt: Self.at(0), lastSeenAt: Self.at(600))
        let policy = LoginPolicy()
        #expect(policy.expiry(of: session) == Self.at(600 + 8 * 3600))
        #expect(!policy.isExpired(session, at: Self.at(600 + 8 * 3600 - 1)))
        #expect(policy.isExpired(session, at: Self.at(600 + 8 * 3600)))
    }

    @Test("a session in use ends 24 hours after its login all the same")
    func absoluteExpiry() {
        let session = LoginSession(
            digest: SessionDigest("d"), userName: AccountName("anna")!, createdAt: Self.at(0),
            lastSeenAt: Self.at(23 * 3600))
        let policy = LoginPolicy()
        #expect(policy.expiry(of: session) == Self.at(24 * 3600))
        #expect(!policy.isExpired(session, at: Self.at(24 * 3600 - 1)))
        #expect(policy.isExpired(session, at: Self.at(24 * 3600)))
    }

    @Test("the last-seen time is stored again only a minute after the last time")
    func lastSeenResolution() {
        let session = LoginSession(
            digest: SessionDigest("d"), userName: AccountName("anna")!, createdAt: Self.at(0), lastSeenAt: Self.at(100))
        #expect(!LoginPolicy().needsLastSeenUpdate(session, at: Self.at(159)))
        #expect(LoginPolicy().needsLastSeenUpdate(session, at: Self.at(160)))
    }

    @Test("the pruning bounds match the expiry: idle or lifetime before now")
    func pruningBounds() {
        let bounds = LoginPolicy().expiredSessionBounds(at: Self.at(100_000))
        #expect(bounds.lastSeen == Self.at(100_000 - 8 * 3600))
        #expect(bounds.created == Self.at(100_000 - 24 * 3600))
    }
}
