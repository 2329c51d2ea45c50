import BackendClient
import Domain

extension AccountSummary {
    /// The account as screens and the API show it, without its password hash or lockout state.
    init(_ account: Account) {
        self.init(
            userName: account.userName.rawValue, displayName: account.displayName, role: account.role,
            customerID: account.customerID)
    }
}
