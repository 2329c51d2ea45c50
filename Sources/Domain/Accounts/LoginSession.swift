import Foundation

/// An open session as the store keeps it: whose it is, when it opened and when it was last used.
package struct LoginSession: Sendable, Equatable {
    package var digest: SessionDigest
    package var userName: AccountName
    package var createdAt: Date
    /// When a request last used the session, to `LoginPolicy.lastSeenResolution`.
    package var lastSeenAt: Date

    package init(digest: SessionDigest, userName: AccountName, createdAt: Date, lastSeenAt: Date) {
        self.digest = digest
        self.userName = userName
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}
