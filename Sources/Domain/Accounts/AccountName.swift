/// A login's user name: 2 to 64 characters of lower-case letters a–z, digits and `. - _ @`.
///
/// Lower case only, so that "Anna" and "anna" cannot be two logins; ASCII only, so that a name is safe in a log
/// line, a terminal and a URL, and no two names look alike.
package struct AccountName: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// How long a user name may be, in characters.
    package static let allowedLength = 2...64

    package let rawValue: String

    /// Nil when `rawValue` breaks the rules; `init(validating:)` says which rule.
    package init?(_ rawValue: String) { self.init(rawValue: rawValue) }

    package init?(rawValue: String) {
        guard Self.problem(in: rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    /// The name, or the rule it breaks as a refusal with a sentence.
    package init(validating text: String) throws(AccountRefusal) {
        if let problem = Self.problem(in: text) { throw problem }
        rawValue = text
    }

    package var description: String { rawValue }

    package static func < (lhs: AccountName, rhs: AccountName) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func problem(in text: String) -> AccountRefusal? {
        guard allowedLength.contains(text.count) else { return .userNameLength(text.count) }
        if let bad = text.unicodeScalars.first(where: { !isAllowed($0) }) { return .userNameCharacter(String(bad)) }
        return nil
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", ".", "-", "_", "@": true
        default: false
        }
    }
}
