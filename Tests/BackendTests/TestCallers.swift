import Domain

/// Callers as the account service hands them out for `TestAccounts`, for calling `BackendAPI` directly.
enum TestCallers {
    /// A hotline agent.
    static let anna = Caller(userName: "anna", displayName: "Anna Agent", role: .agent)
    /// `TestFleet.customer`'s portal login.
    static let kunde = Caller(
        userName: "kunde", displayName: "Stadtwerke Test (portal)", role: .customer, customerID: TestFleet.customer)
    /// `TestFleet.otherCustomer`'s portal login.
    static let anders = Caller(
        userName: "anders", displayName: "Autohaus Anders (portal)", role: .customer,
        customerID: TestFleet.otherCustomer)
}
