import Domain
import Foundation
import Storage
import Testing

@Suite("Accounts and sessions")
struct LeitstandDatabaseAccountsTests {
    private static let anna = AccountName("anna")!
    private static let ben = AccountName("ben")!

    private static func account(
        _ name: AccountName, role: Role = .agent, customerID: CustomerID? = nil, createdBy: AccountName? = nil
    ) -> Account {
        Account(
            userName: name, displayName: "Name of \(name)", role: role, customerID: customerID,
            passwordHash: "pbkdf2-sha256$1$AA==$AA==", passwordChangedAt: Fixture.at(0), createdBy: createdBy,
            createdAt: Fixture.at(0))
    }

    private static func session(_ digest: String, of name: AccountName, createdAt: Double, lastSeenAt: Double)
        -> LoginSession
    {
        LoginSession(
            digest: SessionDigest(digest), userName: name, createdAt: Fixture.at(createdAt),
            lastSeenAt: Fixture.at(lastSeenAt))
    }

    @Test("an inserted account reads back whole, and all accounts come ordered by user name")
    func insertAndRead() async throws {
        let database = try await Fixture.seededDatabase()
        var locked = Self.account(Self.ben, role: .customer, customerID: Fixture.customerID, createdBy: Self.anna)
        locked.failedAttempts = 5
        locked.lockedUntil = Fixture.at(900)
        try await database.insertAccount(locked)
        try await database.insertAccount(Self.account(Self.anna, role: .supervisor))
        #expect(try await database.account(named: Self.ben) == locked)
        #expect(try await database.account(named: AccountName("nobody")!) == nil)
        #expect(try await database.accounts().map(\.userName) == [Self.anna, Self.ben])
    }

    @Test("a second account with a taken user name is refused with a sentence")
    func duplicateName() async throws {
        let database = try LeitstandDatabase.inMemory()
        try await database.insertAccount(Self.account(Self.anna))
        await #expect(throws: AccountRefusal.userNameTaken(AccountName("anna")!)) {
            try await database.insertAccount(Self.account(Self.anna, role: .supervisor))
        }
        #expect(try await database.account(named: Self.anna)?.role == .agent)
    }

    @Test("a customer login for a customer that is not stored is refused with a sentence")
    func unknownCustomer() async throws {
        let database = try LeitstandDatabase.inMemory()
        await #expect(throws: AccountRefusal.unknownCustomer(CustomerID("C-1"))) {
            try await database.insertAccount(Self.account(Self.anna, role: .customer, customerID: Fixture.customerID))
        }
        #expect(try await database.accounts().isEmpty)
    }

    @Test("an update writes what the change did and returns its outcome; an unknown name changes nothing")
    func update() async throws {
        let database = try LeitstandDatabase.inMemory()
        try await database.insertAccount(Self.account(Self.anna))
        let outcome = try await database.updateAccount(named: Self.anna) { account in
            account.failedAttempts = 3
            account.displayName = "Anna Muster"
            return ("changed", SessionEnding.keepAll)
        }
        #expect(outcome == "changed")
        let stored = try await database.account(named: Self.anna)
        #expect(stored?.failedAttempts == 3)
        #expect(stored?.displayName == "Anna Muster")
        let missing = try await database.updateAccount(named: Self.ben) { _ in (1, SessionEnding.keepAll) }
        #expect(missing == nil)
    }

    @Test("concurrent updates of one account lose no count")
    func concurrentUpdates() async throws {
        let database = try LeitstandDatabase.inMemory()
        try await database.insertAccount(Self.account(Self.anna))
        try await withThrowingTaskGroup { group in
            for _ in 0..<40 {
                group.addTask {
                    _ = try await database.updateAccount(named: Self.anna) { account in
                        account.failedAttempts += 1
                        return ((), SessionEnding.keepAll)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await database.account(named: Self.anna)?.failedAttempts == 40)
    }

    @Test("an update ends all of the account's sessions, or all but the one kept, and no one else's")
    func updateEndsSessions() async throws {
        let database = try LeitstandDatabase.inMemory()
        try await database.insertAccount(Self.account(Self.anna))
        try await database.insertAccount(Self.account(Self.ben))
        for digest in ["a1", "a2", "a3"] {
            try await database.insertSession(Self.session(digest, of: Self.anna, createdAt: 0, lastSeenAt: 0))
        }
        try await database.insertSession(Self.session("b1", of: Self.ben, createdAt: 0, lastSeenAt: 0))

        _ = try await database.updateAccount(named: Self.anna) { _ in ((), .endAllExcept(SessionDigest("a2"))) }
        #expect(try await database.session(SessionDigest("a1")) == nil)
        #expect(try await database.session(SessionDigest("a2")) != nil)
        #expect(try await database.session(SessionDigest("a3")) == nil)

        _ = try await database.updateAccount(named: Self.anna) { _ in ((), .endAll) }
        #expect(try await database.session(SessionDigest("a2")) == nil)
        #expect(try await database.session(SessionDigest("b1")) != nil)
    }

    @Test("a session reads back, touching moves its last-seen time, deleting ends it; unknown ones are ignored")
    func sessionLifecycle() async throws {
        let database = try LeitstandDatabase.inMemory()
        try await database.insertAccount(Self.account(Self.anna))
        let session = Self.session("d1", of: Self.anna, createdAt: 10, lastSeenAt: 10)
        try await database.insertSession(session)
        #expect(try await database.session(session.digest) == session)

        try await database.touchSession(session.digest, at: Fixture.at(70))
        #expect(try await database.session(session.digest)?.lastSeenAt == Fixture.at(70))
        #expect(try await database.session(session.digest)?.createdAt == Fixture.at(10))
        try await database.touchSession(SessionDigest("unknown"), at: Fixture.at(70))

        try await database.deleteSession(session.digest)
        #expect(try await database.session(session.digest) == nil)
        try await database.deleteSession(session.digest)
    }

    @Test("a session for a login that is not stored is refused with a sentence")
    func sessionOfUnknownLogin() async throws {
        let database = try LeitstandDatabase.inMemory()
        await #expect(throws: StoreFailure("The session was not stored: there is no login named anna.")) {
            try await database.insertSession(Self.session("d1", of: Self.anna, createdAt: 0, lastSeenAt: 0))
        }
    }

    @Test("pruning deletes sessions last seen or created at or before the bounds and keeps the rest")
    func prune() async throws {
        let database = try LeitstandDatabase.inMemory()
        try await database.insertAccount(Self.account(Self.anna))
        try await database.insertSession(Self.session("idle", of: Self.anna, createdAt: 500, lastSeenAt: 600))
        try await database.insertSession(Self.session("old", of: Self.anna, createdAt: 100, lastSeenAt: 900))
        try await database.insertSession(Self.session("live", of: Self.anna, createdAt: 101, lastSeenAt: 601))
        let pruned = try await database.deleteSessions(
            lastSeenAtOrBefore: Fixture.at(600), createdAtOrBefore: Fixture.at(100))
        #expect(pruned == 2)
        #expect(try await database.session(SessionDigest("live")) != nil)
        #expect(try await database.session(SessionDigest("idle")) == nil)
        #expect(try await database.session(SessionDigest("old")) == nil)
    }

    @Test("accounts and sessions survive reopening the database file")
    func reopen() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leitstand-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("leitstand.sqlite").path

        let first = try LeitstandDatabase.open(path: path)
        var locked = Self.account(Self.anna)
        locked.failedAttempts = 5
        locked.lockedUntil = Fixture.at(900)
        try await first.insertAccount(locked)
        let session = Self.session("d1", of: Self.anna, createdAt: 10, lastSeenAt: 20)
        try await first.insertSession(session)
        try first.close()

        let reopened = try LeitstandDatabase.open(path: path)
        #expect(try await reopened.account(named: Self.anna) == locked)
        #expect(try await reopened.session(session.digest) == session)
        try reopened.close()
    }
}
