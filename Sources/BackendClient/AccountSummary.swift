import Domain

/// A login as screens and the API show it; never carries the password hash.
package struct AccountSummary: Sendable, Equatable, Codable {
    package var userName: String
    package var displayName: String
    package var role: Role
    package var customerID: CustomerID?

    package init(userName: String, displayName: String, role: Role, customerID: CustomerID?) {
        self.userName = userName
        self.displayName = displayName
        self.role = role
        self.customerID = customerID
    }
}

/// What a supervisor gives to create a login.
package struct NewAccount: Sendable, Equatable, Codable {
    package var userName: String
    package var displayName: String
    package var role: Role
    /// Required for `.customer`, absent otherwise.
    package var customerID: CustomerID?
    package var password: String

    package init(userName: String, displayName: String, role: Role, customerID: CustomerID?, password: String) {
        self.userName = userName
        self.displayName = displayName
        self.role = role
        self.customerID = customerID
        self.password = password
    }
}
