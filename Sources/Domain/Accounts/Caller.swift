/// Who makes a backend call: an authenticated account and what it may see. Every backend answer is cut
/// to the caller's view, and every change it makes is written under its name.
package struct Caller: Sendable, Equatable, Codable {
    package var userName: String
    package var displayName: String
    package var role: Role
    /// The station owner a customer login belongs to; nil for the operator's own staff.
    package var customerID: CustomerID?

    package init(userName: String, displayName: String, role: Role, customerID: CustomerID? = nil) {
        self.userName = userName
        self.displayName = displayName
        self.role = role
        self.customerID = customerID
    }

    /// The name commands, acknowledgements and tickets are logged under.
    package var login: AgentLogin { AgentLogin(userName) }

    /// Whether the caller may see what belongs to `owner`: staff see everything, a customer only its own.
    package func maySee(ownedBy owner: CustomerID?) -> Bool {
        guard role == .customer else { return true }
        guard let owner, let customerID else { return false }
        return owner == customerID
    }
}
