import Accounts
import BackendClient
import Domain

/// The logins behind `TestCallers`, made through the real `AccountService`: a supervisor from the command line,
/// the others by that supervisor.
enum TestAccounts {
    /// PBKDF2 iterations for test logins: the tests check who gets in, not how slowly.
    static let iterations = 1_000
    static let supervisor = "sven"
    static let supervisorPassword = "sven-supervises-1"
    /// Every login's password but the supervisor's.
    static let password = "correct-horse-battery"

    /// Creates the supervisor and the logins of `TestCallers`.
    static func create(in accounts: AccountService) async throws {
        _ = try await accounts.bootstrapAdministrator(
            userName: supervisor, displayName: "Sven Supervisor", password: supervisorPassword)
        let sven = Caller(userName: supervisor, displayName: "Sven Supervisor", role: .supervisor)
        for caller in [TestCallers.anna, TestCallers.kunde, TestCallers.anders] {
            _ = try await accounts.createAccount(
                NewAccount(
                    userName: caller.userName, displayName: caller.displayName, role: caller.role,
                    customerID: caller.customerID, password: password), by: sven)
        }
    }
}
