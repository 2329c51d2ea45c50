/// Which of an account's sessions end together with a change to the account, in the same transaction.
package enum SessionEnding: Sendable, Equatable {
    case keepAll
    /// Every session of the account: its password was reset by a supervisor.
    case endAll
    /// Every session but the one the change was made in: its owner changed the password.
    case endAllExcept(SessionDigest)
}
