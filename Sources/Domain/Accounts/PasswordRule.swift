/// What a password must be: at least `minimumLength` characters, and not the user name.
package enum PasswordRule {
    /// The shortest password accepted, in characters.
    package static let minimumLength = 10

    /// Throws the rule `password` breaks for the login `userName`.
    package static func check(_ password: String, for userName: AccountName) throws(AccountRefusal) {
        guard password.count >= minimumLength else { throw .passwordTooShort }
        guard password.lowercased() != userName.rawValue else { throw .passwordIsUserName }
    }
}
