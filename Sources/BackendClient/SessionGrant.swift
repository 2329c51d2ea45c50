import Domain

/// An opened session: the bearer token (shown once, stored only as a hash) and whose it is.
package struct SessionGrant: Sendable, Equatable, Codable {
    package var token: String
    package var account: AccountSummary

    package init(token: String, account: AccountSummary) {
        self.token = token
        self.account = account
    }
}
