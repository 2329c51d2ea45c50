/// The login screen's fields and the backend's last refusal.
package struct LoginForm: Sendable, Equatable {
    package var userName = TextField()
    package var password = TextField(isMasked: true)
    package var isPasswordFocused = false
    package var isSubmitting = false
    /// The refusal sentence, already in the agent's language.
    package var refusal: String?

    package init() {}
}
