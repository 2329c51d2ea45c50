/// Why an account could not be created or its password changed, in words a support agent understands.
///
/// Codable, so that the API can carry the reason itself and a console can say it in its agent's language.
package enum AccountRefusal: Error, Sendable, Equatable, Codable {
    /// The user name has `count` characters, outside `AccountName.allowedLength`.
    case userNameLength(Int)
    /// The user name holds a character outside a–z, 0–9 and `. - _ @`: the first such, as text of one scalar.
    case userNameCharacter(String)
    /// The display name is blank, longer than `AccountDraft.maximumDisplayNameLength` or holds control characters.
    case displayNameInvalid
    /// The password is shorter than `PasswordRule.minimumLength` characters.
    case passwordTooShort
    /// The password is the user name (in any letter case).
    case passwordIsUserName
    /// The new password is the current one.
    case passwordUnchanged
    /// A password change gave a wrong current password.
    case currentPasswordWrong
    /// A customer login was given no customer.
    case customerMissing
    /// A staff login (agent, supervisor, technician) was given a customer.
    case customerForStaff(Role)
    /// Another login has this name already.
    case userNameTaken(AccountName)
    /// The customer a customer login was to belong to is not in Leitstand.
    case unknownCustomer(CustomerID)
}

extension AccountRefusal: CustomStringConvertible {
    package var description: String {
        switch self {
        case .userNameLength(let count):
            "A user name needs \(AccountName.allowedLength.lowerBound) to \(AccountName.allowedLength.upperBound) "
                + "characters; this one has \(count)."
        case .userNameCharacter(let character):
            "A user name may only hold lower-case letters a–z, digits and . - _ @; \(Self.shown(character)) is not allowed."
        case .displayNameInvalid:
            "A display name needs 1 to \(AccountDraft.maximumDisplayNameLength) characters and no control characters."
        case .passwordTooShort:
            "A password needs at least \(PasswordRule.minimumLength) characters."
        case .passwordIsUserName:
            "The password must not be the user name."
        case .passwordUnchanged:
            "The new password must differ from the current one."
        case .currentPasswordWrong:
            "The current password is wrong."
        case .customerMissing:
            "A customer login needs the customer (station owner) it belongs to."
        case .customerForStaff(let role):
            "A login with the role \(role.rawValue) belongs to the operator's staff, not to a customer; "
                + "leave the customer out."
        case .userNameTaken(let name):
            "There is already a login named \(name)."
        case .unknownCustomer(let id):
            "There is no customer \(id) in Leitstand."
        }
    }

    /// A character as a sentence can show it: printable ASCII in quotes, anything else as its code point (the
    /// first scalar's, of text that may come from a client).
    package static func shown(_ character: String) -> String {
        guard let scalar = character.unicodeScalars.first else { return "''" }
        if scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F { return "'\(Character(scalar))'" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
