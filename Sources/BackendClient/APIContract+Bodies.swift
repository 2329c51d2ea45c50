import Domain

/// The JSON bodies clients send; answers are the `BackendClient` types themselves.
extension APIContract {
    /// `POST /api/v1/login`.
    package struct Login: Sendable, Equatable, Codable {
        package var userName: String
        package var password: String

        package init(userName: String, password: String) {
            self.userName = userName
            self.password = password
        }
    }

    /// `POST /api/v1/password`: the caller's own password.
    package struct PasswordChange: Sendable, Equatable, Codable {
        package var current: String
        package var new: String

        package init(current: String, new: String) {
            self.current = current
            self.new = new
        }
    }

    /// `POST /api/v1/accounts/{name}/password`: a supervisor sets someone else's password.
    package struct PasswordReset: Sendable, Equatable, Codable {
        package var password: String

        package init(password: String) {
            self.password = password
        }
    }

    /// `POST /api/v1/alarms/{id}/acknowledgement`.
    package struct Acknowledgement: Sendable, Equatable, Codable {
        /// What the agent did or will do; must not be blank.
        package var comment: String

        package init(comment: String) {
            self.comment = comment
        }
    }
}
