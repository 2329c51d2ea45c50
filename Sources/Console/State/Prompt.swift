import BackendClient
import Domain

/// A question in the status line that waits for the agent's answer.
package struct Prompt: Sendable, Equatable {
    package var purpose: Purpose
    package var field: TextField

    package init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        field = TextField(text: text, isMasked: purpose.isMasked)
    }

    /// What the answer is for.
    package enum Purpose: Sendable, Equatable {
        case acknowledge(AlarmID)
        case commandPayload(StationID, RemoteCommandKind)
        case commandReason(StationID, RemoteCommandKind, payload: String)
        case currentPassword
        case newPassword(current: String)
        case repeatPassword(current: String, new: String)
        case accountDisplayName(userName: String, role: Role, customerID: CustomerID?)
        case accountPassword(NewAccount)
        case accountRepeatPassword(NewAccount)
        case resetPassword(userName: String)
        case resetRepeatPassword(userName: String, password: String)

        var isMasked: Bool {
            switch self {
            case .currentPassword, .newPassword, .repeatPassword, .accountPassword, .accountRepeatPassword,
                .resetPassword, .resetRepeatPassword:
                true
            default: false
            }
        }
    }

    /// The question, in the agent's language.
    package func label(_ strings: Strings) -> String {
        switch purpose {
        case .acknowledge(let id): strings.acknowledgePrompt(id.description)
        case .commandPayload(_, let kind): strings.payloadPrompt(kind.rawValue)
        case .commandReason: strings.reasonPrompt
        case .currentPassword: strings.passwordCurrentPrompt
        case .newPassword: strings.passwordNewPrompt
        case .repeatPassword: strings.passwordRepeatPrompt
        case .accountDisplayName(let name, _, _): strings.accountDisplayNamePrompt(name)
        case .accountPassword(let account): strings.accountPasswordPrompt(account.userName)
        case .accountRepeatPassword, .resetRepeatPassword: strings.passwordRepeatPrompt
        case .resetPassword(let name): strings.accountPasswordPrompt(name)
        }
    }
}
