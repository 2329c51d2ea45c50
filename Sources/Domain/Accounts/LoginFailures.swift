import Foundation

/// The wrong passwords given for one user name in a row, and the lockout they led to: what `LoginPolicy` weighs,
/// for an account (stored with it) and for a name that has no account (so that both answer alike).
package struct LoginFailures: Sendable, Equatable {
    /// Wrong passwords in a row since the last successful login or the end of the last lockout.
    package var count: Int
    /// Every login is refused until then; nil when the name is not locked.
    package var lockedUntil: Date?

    package init(count: Int = 0, lockedUntil: Date? = nil) {
        self.count = count
        self.lockedUntil = lockedUntil
    }

    /// Whether a lockout still holds at `now`.
    package func isLocked(at now: Date) -> Bool {
        lockedUntil.map { now < $0 } ?? false
    }
}

extension Account {
    /// The account's count of wrong passwords and its lockout, as `LoginPolicy` weighs them.
    package var loginFailures: LoginFailures {
        get { LoginFailures(count: failedAttempts, lockedUntil: lockedUntil) }
        set {
            failedAttempts = newValue.count
            lockedUntil = newValue.lockedUntil
        }
    }
}
