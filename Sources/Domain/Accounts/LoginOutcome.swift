/// What a login attempt came to, once `LoginPolicy` has weighed it.
package enum LoginOutcome: Sendable, Equatable {
    /// The password matched and the account is not locked: a session may open.
    case admitted
    case refused(LoginRefusal)
}
