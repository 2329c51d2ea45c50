import Accounts
import BackendClient
import Credentials
import Domain
import Foundation
import Testing

@Suite("Account management")
struct AccountServiceManagementTests {
    @Test("the command line makes a supervisor who can log in; the hash is PBKDF2 at the given iterations")
    func bootstrap() async throws {
        let accounts = try await TestAccounts()
        let stored = try #require(try await accounts.storedAccount("chef"))
        #expect(stored.role == .supervisor)
        #expect(stored.createdBy == nil)
        #expect(PasswordHash(encoded: stored.passwordHash)?.iterations == TestAccounts.iterations)
        #expect(!stored.passwordHash.contains(TestAccounts.chefPassword))
        let grant = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)
        #expect(grant.account.role == .supervisor)
    }

    @Test("the command line refuses a taken user name and a rule-breaking password with a sentence")
    func bootstrapRefusals() async throws {
        let accounts = try await TestAccounts()
        await #expect(throws: BackendClientError.accountRefused(.userNameTaken(AccountName("chef")!))) {
            try await accounts.service.bootstrapAdministrator(
                userName: "chef", displayName: "Someone else", password: "Ein-anderes-Passwort")
        }
        await #expect(throws: BackendClientError.accountRefused(.passwordTooShort)) {
            try await accounts.service.bootstrapAdministrator(
                userName: "zweite", displayName: "Zweite", password: "kurz")
        }
        let second = try await accounts.service.bootstrapAdministrator(
            userName: "zweite", displayName: "Zweite", password: "Zweites-Passwort")
        #expect(second.role == .supervisor)
    }

    @Test("a supervisor creates a login that can log in and records who created it")
    func create() async throws {
        let accounts = try await TestAccounts()
        let anna = try await accounts.createAccount("anna", role: .technician)
        #expect(anna == Caller(userName: "anna", displayName: "Name of anna", role: .technician))
        #expect(try await accounts.storedAccount("anna")?.createdBy == AccountName("chef"))
        #expect(
            try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1").account.role == .technician
        )
    }

    @Test("only supervisors create logins", arguments: [Role.agent, .technician, .customer])
    func createForbidden(role: Role) async throws {
        let accounts = try await TestAccounts()
        let caller = Caller(
            userName: "someone", displayName: "Someone", role: role,
            customerID: role == .customer ? TestAccounts.customerID : nil)
        let error = await #expect(throws: BackendClientError.forbidden("create accounts")) {
            try await accounts.service.createAccount(
                NewAccount(
                    userName: "anna", displayName: "Anna", role: .agent, customerID: nil, password: "Agent-Passwort-1"),
                by: caller)
        }
        #expect(error?.description == "Your account may not create accounts.")
        #expect(try await accounts.storedAccount("anna") == nil)
    }

    @Test("a customer login belongs to a stored customer, and a staff login to none")
    func customerPairing() async throws {
        let accounts = try await TestAccounts()
        let owner = try await accounts.createAccount("stadtwerke", role: .customer, customerID: TestAccounts.customerID)
        #expect(owner.customerID == TestAccounts.customerID)
        await #expect(
            throws: BackendClientError.accountRefused(.customerMissing)
        ) {
            try await accounts.createAccount("ohne", role: .customer)
        }
        await #expect(throws: BackendClientError.accountRefused(.customerForStaff(.agent))) {
            try await accounts.createAccount("anna", role: .agent, customerID: TestAccounts.customerID)
        }
        await #expect(throws: BackendClientError.accountRefused(.unknownCustomer(CustomerID("C-9")))) {
            try await accounts.createAccount("fremd", role: .customer, customerID: CustomerID("C-9"))
        }
    }

    @Test("a taken user name or a bad one is refused with a sentence")
    func createRefusals() async throws {
        let accounts = try await TestAccounts()
        try await accounts.createAccount("anna")
        await #expect(throws: BackendClientError.accountRefused(.userNameTaken(AccountName("anna")!))) {
            try await accounts.createAccount("anna", role: .technician)
        }
        await #expect(throws: BackendClientError.accountRefused(.userNameCharacter("A"))) {
            try await accounts.createAccount("Anna")
        }
        await #expect(throws: BackendClientError.accountRefused(.passwordIsUserName)) {
            try await accounts.createAccount("bernd.muster", password: "Bernd.Muster")
        }
    }

    @Test("a reset by a supervisor lifts the lockout, ends that login's sessions and sets the new password")
    func reset() async throws {
        let accounts = try await TestAccounts()
        try await accounts.createAccount("anna")
        let session = try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
        for _ in 0..<5 {
            _ = try? await accounts.service.login(userName: "anna", password: "wrong password")
        }
        #expect(try await accounts.storedAccount("anna")?.isLocked(at: accounts.clock.now()) == true)

        try await accounts.service.resetPassword(of: "anna", to: "Neues-Passwort-1", by: accounts.chef)
        #expect(try await accounts.storedAccount("anna")?.lockedUntil == nil)
        await #expect(throws: BackendClientError.loginRefused(.sessionExpired)) {
            try await accounts.service.caller(forToken: session.token)
        }
        await #expect(throws: BackendClientError.loginRefused(.wrongCredentials(remainingAttempts: nil))) {
            try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
        }
        _ = try await accounts.service.login(userName: "anna", password: "Neues-Passwort-1")
    }

    @Test("only supervisors reset passwords, of logins that exist, to passwords that follow the rules")
    func resetRefusals() async throws {
        let accounts = try await TestAccounts()
        let anna = try await accounts.createAccount("anna")
        try await accounts.createAccount("ben")
        await #expect(throws: BackendClientError.forbidden("reset passwords")) {
            try await accounts.service.resetPassword(of: "ben", to: "Neues-Passwort-1", by: anna)
        }
        await #expect(throws: BackendClientError.notFound("The login nobody")) {
            try await accounts.service.resetPassword(of: "nobody", to: "Neues-Passwort-1", by: accounts.chef)
        }
        await #expect(throws: BackendClientError.accountRefused(.passwordTooShort)) {
            try await accounts.service.resetPassword(of: "ben", to: "kurz", by: accounts.chef)
        }
        _ = try await accounts.service.login(userName: "ben", password: "Agent-Passwort-1")
    }

    @Test("changing one's password keeps this session, ends the others, and only the new password opens new ones")
    func change() async throws {
        let accounts = try await TestAccounts()
        let anna = try await accounts.createAccount("anna")
        let here = try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
        let elsewhere = try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
        let chefSession = try await accounts.service.login(userName: "chef", password: TestAccounts.chefPassword)

        try await accounts.service.changePassword(
            of: anna, current: "Agent-Passwort-1", new: "Neues-Passwort-1", keepingSession: here.token)
        #expect(try await accounts.service.caller(forToken: here.token) == anna)
        await #expect(throws: BackendClientError.loginRefused(.sessionExpired)) {
            try await accounts.service.caller(forToken: elsewhere.token)
        }
        #expect(try await accounts.service.caller(forToken: chefSession.token) == accounts.chef)
        await #expect(throws: BackendClientError.loginRefused(.wrongCredentials(remainingAttempts: nil))) {
            try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
        }
        _ = try await accounts.service.login(userName: "anna", password: "Neues-Passwort-1")
    }

    @Test("a password change needs the right current password, counts a wrong one, and checks the new one's rules")
    func changeRefusals() async throws {
        let accounts = try await TestAccounts()
        let anna = try await accounts.createAccount("anna")
        let here = try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
        await #expect(throws: BackendClientError.accountRefused(.currentPasswordWrong)) {
            try await accounts.service.changePassword(
                of: anna, current: "wrong password", new: "Neues-Passwort-1", keepingSession: here.token)
        }
        #expect(try await accounts.storedAccount("anna")?.failedAttempts == 1)
        await #expect(throws: BackendClientError.accountRefused(.passwordTooShort)) {
            try await accounts.service.changePassword(
                of: anna, current: "Agent-Passwort-1", new: "kurz", keepingSession: here.token)
        }
        await #expect(throws: BackendClientError.accountRefused(.passwordUnchanged)) {
            try await accounts.service.changePassword(
                of: anna, current: "Agent-Passwort-1", new: "Agent-Passwort-1", keepingSession: here.token)
        }
        _ = try await accounts.service.login(userName: "anna", password: "Agent-Passwort-1")
    }
}
