import Foundation

/// A new login, checked: a valid user name and display name, a role that fits its customer, a valid password.
///
/// Holds no password: `init` checks it, and the caller hashes it (`Account.init(_:passwordHash:createdBy:at:)`).
package struct AccountDraft: Sendable, Equatable {
    /// The longest display name accepted, in characters.
    package static let maximumDisplayNameLength = 100

    package let userName: AccountName
    /// The display name with leading and trailing blanks removed.
    package let displayName: String
    package let role: Role
    package let customerID: CustomerID?

    /// Throws the first rule the new login breaks.
    package init(
        userName: String, displayName: String, role: Role, customerID: CustomerID?, password: String
    ) throws(AccountRefusal) {
        self.userName = try AccountName(validating: userName)
        self.displayName = try Self.checkedDisplayName(displayName)
        try Self.checkCustomer(customerID, for: role)
        try PasswordRule.check(password, for: self.userName)
        self.role = role
        self.customerID = customerID
    }

    /// A customer login belongs to exactly one customer; staff logins belong to none.
    package static func checkCustomer(_ customerID: CustomerID?, for role: Role) throws(AccountRefusal) {
        switch (role, customerID) {
        case (.customer, nil): throw .customerMissing
        case (.customer, _?), (_, nil): return
        case (_, _?): throw .customerForStaff(role)
        }
    }

    private static func checkedDisplayName(_ text: String) throws(AccountRefusal) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= maximumDisplayNameLength,
            !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { throw .displayNameInvalid }
        return trimmed
    }
}
