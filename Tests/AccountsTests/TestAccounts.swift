import Accounts
import BackendClient
import Credentials
import Domain
import Foundation
import Storage

/// An account service on a fresh in-memory database with one customer (C-1) and one supervisor, `chef`.
///
/// Hashes use 1,000 PBKDF2 iterations so that the tests stay fast.
struct TestAccounts {
    static let iterations = 1_000
    static let customerID = CustomerID("C-1")
    static let chefPassword = "Chef-Passwort-1"

    let database: LeitstandDatabase
    let clock = FakeClock()
    let service: AccountService
    let chef: Caller

    init(policy: LoginPolicy = LoginPolicy()) async throws {
        database = try LeitstandDatabase.inMemory()
        try await database.saveCustomers([
            Customer(
                id: Self.customerID, name: "Stadtwerke Musterstadt", contacts: [], billingEmail: "rechnung@example.org",
                servicePackage: ServicePackage(name: "Basis", interventionHours: 48, includesYearlyMaintenance: false))
        ])
        service = Self.service(on: database, policy: policy, clock: clock)
        let summary = try await service.bootstrapAdministrator(
            userName: "chef", displayName: "Chefin vom Dienst", password: Self.chefPassword)
        chef = Caller(userName: summary.userName, displayName: summary.displayName, role: summary.role)
    }

    /// Another service on the same database, as after a restart of the backend.
    static func service(on database: LeitstandDatabase, policy: LoginPolicy, clock: FakeClock) -> AccountService {
        AccountService(store: database, policy: policy, iterations: iterations, clock: { clock.now() })
    }

    /// Creates an agent (or another role) with `password` and returns who they are.
    @discardableResult
    func createAccount(
        _ userName: String, role: Role = .agent, customerID: CustomerID? = nil, password: String = "Agent-Passwort-1"
    ) async throws -> Caller {
        let summary = try await service.createAccount(
            NewAccount(
                userName: userName, displayName: "Name of \(userName)", role: role, customerID: customerID,
                password: password),
            by: chef)
        return Caller(
            userName: summary.userName, displayName: summary.displayName, role: summary.role,
            customerID: summary.customerID)
    }

    func storedAccount(_ userName: String) async throws -> Account? {
        guard let name = AccountName(userName) else { return nil }
        return try await database.account(named: name)
    }

    /// The session the store keeps for `token`, found by the token's digest.
    func storedSession(_ token: String) async throws -> LoginSession? {
        guard let presented = SessionToken(token) else { return nil }
        return try await database.session(SessionDigest(try presented.digest()))
    }
}
